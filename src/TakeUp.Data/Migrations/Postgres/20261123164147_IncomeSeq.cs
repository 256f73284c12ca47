using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IncomeSeq : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_incomes",
                table: "incomes");

            migrationBuilder.AddColumn<int>(
                name: "seq",
                table: "incomes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "pk_incomes",
                table: "incomes",
                columns: new[] { "municipality", "person_id", "seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_incomes",
                table: "incomes");

            migrationBuilder.DropColumn(
                name: "seq",
                table: "incomes");

            migrationBuilder.AddPrimaryKey(
                name: "pk_incomes",
                table: "incomes",
                columns: new[] { "municipality", "person_id", "kind", "year" });
        }
    }
}
