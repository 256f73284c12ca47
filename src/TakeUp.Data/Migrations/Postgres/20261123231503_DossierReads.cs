using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Postgres
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    read_id = table.Column<long>(type: "bigint", nullable: false),
                    beneficiary_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    right_id = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    reader = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    via = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    entries = table.Column<int>(type: "integer", nullable: false)
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
