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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    conflict_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_kind = table.Column<string>(type: "text", nullable: false),
                    subject_id = table.Column<string>(type: "text", nullable: false),
                    field = table.Column<string>(type: "text", nullable: false),
                    register_value = table.Column<string>(type: "text", nullable: true),
                    register_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    observed_value = table.Column<string>(type: "text", nullable: false),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    winner = table.Column<string>(type: "text", nullable: false),
                    rule = table.Column<string>(type: "text", nullable: false),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    household_id = table.Column<string>(type: "text", nullable: false),
                    tenure = table.Column<string>(type: "text", nullable: true),
                    tenure_source = table.Column<string>(type: "text", nullable: true),
                    tenure_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    collective_heating = table.Column<bool>(type: "boolean", nullable: true),
                    collective_heating_source = table.Column<string>(type: "text", nullable: true),
                    collective_heating_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    heating_fuel = table.Column<string>(type: "text", nullable: true),
                    heating_fuel_source = table.Column<string>(type: "text", nullable: true),
                    heating_fuel_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    monthly_rent = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    monthly_rent_source = table.Column<string>(type: "text", nullable: true),
                    monthly_rent_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    waiting_list_since = table.Column<DateOnly>(type: "date", nullable: true),
                    waiting_list_since_source = table.Column<string>(type: "text", nullable: true),
                    waiting_list_since_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    pending_changes = table.Column<string>(type: "text", nullable: true),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    sha_256 = table.Column<string>(type: "text", nullable: false),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    gross_taxable = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    net_monthly = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    source = table.Column<string>(type: "text", nullable: true),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    beneficiary_id = table.Column<string>(type: "text", nullable: false),
                    right_id = table.Column<string>(type: "text", nullable: false),
                    household_id = table.Column<string>(type: "text", nullable: false),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false),
                    stage_after = table.Column<string>(type: "text", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    run_id = table.Column<long>(type: "bigint", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "text", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    channel = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    observation_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_kind = table.Column<string>(type: "text", nullable: false),
                    subject_id = table.Column<string>(type: "text", nullable: false),
                    field = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    worker = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    household_id = table.Column<string>(type: "text", nullable: false),
                    insz = table.Column<string>(type: "text", nullable: true),
                    relation = table.Column<string>(type: "text", nullable: false),
                    partner_kind = table.Column<string>(type: "text", nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    birth_date_source = table.Column<string>(type: "text", nullable: true),
                    birth_date_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    dependent = table.Column<bool>(type: "boolean", nullable: true),
                    dependent_source = table.Column<string>(type: "text", nullable: true),
                    dependent_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_at_address = table.Column<bool>(type: "boolean", nullable: true),
                    registered_at_address_source = table.Column<string>(type: "text", nullable: true),
                    registered_at_address_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    residence = table.Column<string>(type: "text", nullable: true),
                    residence_source = table.Column<string>(type: "text", nullable: true),
                    residence_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    recognition_percent = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    recognition_percent_source = table.Column<string>(type: "text", nullable: true),
                    recognition_percent_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    pillar_1_points = table.Column<int>(type: "integer", nullable: true),
                    pillar_1_points_source = table.Column<string>(type: "text", nullable: true),
                    pillar_1_points_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    zorgtoeslag_points = table.Column<int>(type: "integer", nullable: true),
                    zorgtoeslag_points_source = table.Column<string>(type: "text", nullable: true),
                    zorgtoeslag_points_as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    abroad_days_last_year = table.Column<int>(type: "integer", nullable: true),
                    abroad_days_last_year_source = table.Column<string>(type: "text", nullable: true),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    file = table.Column<string>(type: "text", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: false),
                    raw = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quarantined_records", x => new { x.municipality, x.import_id, x.seq });
                });

            migrationBuilder.CreateTable(
                name: "right_states",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    beneficiary_id = table.Column<string>(type: "text", nullable: false),
                    right_id = table.Column<string>(type: "text", nullable: false),
                    household_id = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    doubtful = table.Column<bool>(type: "boolean", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluated_in_run = table.Column<long>(type: "bigint", nullable: false),
                    stage = table.Column<string>(type: "text", nullable: false),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    catalog = table.Column<string>(type: "text", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
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
                    municipality = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "text", nullable: true),
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
                name: "ix_ledger_entries_municipality_run_id",
                table: "ledger_entries",
                columns: new[] { "municipality", "run_id" });

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
