using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "changes_recorded",
                table: "municipalities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "change_number",
                table: "households",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ix_households_municipality_change_number",
                table: "households",
                columns: new[] { "municipality", "change_number" });

            migrationBuilder.Sql(PendingByChangeNumberSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PendingByChangeNumberSql.Down);

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
