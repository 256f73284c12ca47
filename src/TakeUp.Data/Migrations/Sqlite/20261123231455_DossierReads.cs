using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_reads",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    read_id = table.Column<long>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<string>(type: "TEXT", nullable: false),
                    right_id = table.Column<string>(type: "TEXT", nullable: true),
                    reader = table.Column<string>(type: "TEXT", nullable: false),
                    via = table.Column<string>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    entries = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_reads", x => new { x.municipality, x.read_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_reads_municipality_beneficiary_id",
                table: "dossier_reads",
                columns: new[] { "municipality", "beneficiary_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_reads");
        }
    }
}
