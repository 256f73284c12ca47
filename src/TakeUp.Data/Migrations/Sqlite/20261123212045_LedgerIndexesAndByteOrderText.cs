using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerIndexesAndByteOrderText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_municipality_run_id",
                table: "ledger_entries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_municipality_run_id",
                table: "ledger_entries",
                columns: new[] { "municipality", "run_id" });
        }
    }
}
