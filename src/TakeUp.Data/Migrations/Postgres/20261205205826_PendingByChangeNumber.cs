using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PendingByChangeNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_households_pending",
                table: "households");

            migrationBuilder.AddColumn<long>(
                name: "changes_evaluated",
                table: "municipalities",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "changes_recorded",
                table: "municipalities",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "change_number",
                table: "households",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ix_households_municipality_change_number",
                table: "households",
                columns: new[] { "municipality", "change_number" });

            // The households pending before the upgrade are change 1 of their municipality, not yet evaluated.
            migrationBuilder.Sql("""
                INSERT INTO municipalities (municipality, name, created_at, changes_recorded, changes_evaluated)
                SELECT DISTINCT h.municipality, h.municipality, CURRENT_TIMESTAMP, 0, 0 FROM households h
                WHERE h.pending_changes IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.municipality = h.municipality);
                UPDATE households SET change_number = 1 WHERE pending_changes IS NOT NULL;
                UPDATE municipalities SET changes_recorded = 1
                WHERE EXISTS (SELECT 1 FROM households h WHERE h.municipality = municipalities.municipality AND h.change_number = 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to "pending changes are null once seen": the lines runs have seen go.
            migrationBuilder.Sql("""
                UPDATE households SET pending_changes = NULL
                WHERE change_number <= COALESCE((SELECT m.changes_evaluated FROM municipalities m WHERE m.municipality = households.municipality), 0);
                """);

            migrationBuilder.DropIndex(
                name: "ix_households_municipality_change_number",
                table: "households");

            migrationBuilder.DropColumn(
                name: "changes_evaluated",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "changes_recorded",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "change_number",
                table: "households");

            migrationBuilder.CreateIndex(
                name: "ix_households_pending",
                table: "households",
                column: "municipality",
                filter: "pending_changes IS NOT NULL");
        }
    }
}
