using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fact_conflicts",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    conflict_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_kind = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    subject_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    field = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    register_value = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    register_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    observed_value = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    winner = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    rule = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    import_id = table.Column<long>(type: "bigint", nullable: true),
                    detected_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fact_conflicts", x => new { x.municipality, x.conflict_id });
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    household_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    tenure = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    tenure_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    tenure_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    collective_heating = table.Column<bool>(type: "boolean", nullable: true),
                    collective_heating_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    collective_heating_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    heating_fuel = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    heating_fuel_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    heating_fuel_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    monthly_rent = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    monthly_rent_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    monthly_rent_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    waiting_list_since = table.Column<DateOnly>(type: "date", nullable: true),
                    waiting_list_since_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    waiting_list_since_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    pending_changes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    changed_by_import = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => new { x.municipality, x.household_id });
                });

            migrationBuilder.CreateTable(
                name: "imports",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    file_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    sha_256 = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    applied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    records = table.Column<int>(type: "integer", nullable: false),
                    quarantined = table.Column<int>(type: "integer", nullable: false),
                    households_changed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => new { x.municipality, x.import_id });
                });

            migrationBuilder.CreateTable(
                name: "incomes",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    person_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    year = table.Column<int>(type: "integer", nullable: false),
                    gross_taxable = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    net_monthly = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    as_of = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incomes", x => new { x.municipality, x.person_id, x.seq });
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    beneficiary_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    right_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    household_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false, collation: "C"),
                    stage_after = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    run_id = table.Column<long>(type: "bigint", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    action = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    amount = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    channel = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    reason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    notice_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_entries", x => new { x.municipality, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => x.municipality);
                });

            migrationBuilder.CreateTable(
                name: "observed_facts",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    observation_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_kind = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    subject_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    field = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    value = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    worker = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observed_facts", x => new { x.municipality, x.observation_id });
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    person_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    household_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    insz = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    relation = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    partner_kind = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    birth_date_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    birth_date_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    dependent = table.Column<bool>(type: "boolean", nullable: true),
                    dependent_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    dependent_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_at_address = table.Column<bool>(type: "boolean", nullable: true),
                    registered_at_address_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    registered_at_address_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    residence = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    residence_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    residence_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    recognition_percent = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    recognition_percent_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    recognition_percent_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    pillar_1_points = table.Column<int>(type: "integer", nullable: true),
                    pillar_1_points_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    pillar_1_points_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    zorgtoeslag_points = table.Column<int>(type: "integer", nullable: true),
                    zorgtoeslag_points_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    zorgtoeslag_points_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    abroad_days_last_year = table.Column<int>(type: "integer", nullable: true),
                    abroad_days_last_year_source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    abroad_days_last_year_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    statuses_known = table.Column<bool>(type: "boolean", nullable: false),
                    incomes_known = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => new { x.municipality, x.person_id });
                });

            migrationBuilder.CreateTable(
                name: "quarantined_records",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    file = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    line = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    reason = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    raw = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quarantined_records", x => new { x.municipality, x.import_id, x.seq });
                });

            migrationBuilder.CreateTable(
                name: "right_states",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    beneficiary_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    right_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    household_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    outcome = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    action = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    amount = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    doubtful = table.Column<bool>(type: "boolean", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluated_in_run = table.Column<long>(type: "bigint", nullable: false),
                    stage = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    stage_since = table.Column<DateOnly>(type: "date", nullable: false),
                    notice_date = table.Column<DateOnly>(type: "date", nullable: true),
                    last_entry_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_right_states", x => new { x.municipality, x.beneficiary_id, x.right_id });
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    catalog = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    scope = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    households_evaluated = table.Column<int>(type: "integer", nullable: false),
                    persons_evaluated = table.Column<int>(type: "integer", nullable: false),
                    ledger_entries = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => new { x.municipality, x.run_id });
                });

            migrationBuilder.CreateTable(
                name: "statuses",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    person_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    since = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    as_of = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statuses", x => new { x.municipality, x.person_id, x.seq });
                });

            migrationBuilder.CreateIndex(
                name: "ix_fact_conflicts_municipality_subject_kind_subject_id",
                table: "fact_conflicts",
                columns: new[] { "municipality", "subject_kind", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_households_municipality_changed_by_import",
                table: "households",
                columns: new[] { "municipality", "changed_by_import" });

            migrationBuilder.CreateIndex(
                name: "ix_households_pending",
                table: "households",
                column: "municipality",
                filter: "pending_changes IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_imports_municipality_sha_256",
                table: "imports",
                columns: new[] { "municipality", "sha_256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_municipality_beneficiary_id_right_id",
                table: "ledger_entries",
                columns: new[] { "municipality", "beneficiary_id", "right_id" });

            migrationBuilder.CreateIndex(
                name: "ix_observed_facts_municipality_subject_kind_subject_id_field",
                table: "observed_facts",
                columns: new[] { "municipality", "subject_kind", "subject_id", "field" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_municipality_household_id_person_id",
                table: "persons",
                columns: new[] { "municipality", "household_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_municipality_insz",
                table: "persons",
                columns: new[] { "municipality", "insz" },
                unique: true,
                filter: "insz IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_right_states_municipality_household_id",
                table: "right_states",
                columns: new[] { "municipality", "household_id" });

            migrationBuilder.CreateIndex(
                name: "ix_right_states_municipality_stage_right_id",
                table: "right_states",
                columns: new[] { "municipality", "stage", "right_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fact_conflicts");

            migrationBuilder.DropTable(
                name: "households");

            migrationBuilder.DropTable(
                name: "imports");

            migrationBuilder.DropTable(
                name: "incomes");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropTable(
                name: "observed_facts");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "quarantined_records");

            migrationBuilder.DropTable(
                name: "right_states");

            migrationBuilder.DropTable(
                name: "runs");

            migrationBuilder.DropTable(
                name: "statuses");
        }
    }
}
