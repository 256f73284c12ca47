using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TakeUp.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL only: <c>ledger_entries</c> and <c>right_states</c> become tables partitioned by municipality
    /// (<c>PARTITION BY LIST</c>), one partition per municipality, created when the municipality is (trigger on
    /// <c>municipalities</c>). The keys and indexes live on each partition, without the municipality column that
    /// is the same in every row of it: a first run writes into its municipality's own empty partition and builds
    /// these indexes by sorting, without the constant leading column that defeats PostgreSQL's abbreviated sort
    /// keys (docs/benchmarks.md, 2026-12-05). Uniqueness per partition is uniqueness per municipality, which is
    /// what the keys of the model (<c>municipality</c> first) say. Queries name the municipality, so PostgreSQL
    /// reads one partition. The EF model is unchanged; a later migration that touches these two tables' keys or
    /// indexes must be written by hand for PostgreSQL. Existing rows are moved, so an upgrade of a large ledger
    /// takes as long as copying it.
    /// </summary>
    public partial class PartitionLedgerByMunicipality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION takeup_create_partitions(m varchar) RETURNS void LANGUAGE plpgsql AS $body$
                DECLARE
                    ledger text := 'ledger_entries_' || m;
                    states text := 'right_states_' || m;
                BEGIN
                    IF m IS NULL OR m !~ '^[0-9]{5}$' THEN
                        RAISE EXCEPTION 'municipality "%" is not a 5-digit NIS code', m;
                    END IF;
                    -- Made as a table of its own, then attached: ATTACH PARTITION takes a lock on the parent that
                    -- readers and writers of other municipalities do not conflict with, where CREATE TABLE … PARTITION
                    -- OF would wait for every open transaction on the parent and hold up every new one meanwhile.
                    IF to_regclass(ledger) IS NULL THEN
                        EXECUTE format('CREATE TABLE %I (LIKE ledger_entries INCLUDING DEFAULTS)', ledger);
                        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (entry_id)', ledger, 'pk_' || ledger);
                        EXECUTE format('CREATE INDEX %I ON %I (beneficiary_id, right_id)', 'ix_' || ledger || '_beneficiary_id_right_id', ledger);
                        EXECUTE format('ALTER TABLE ledger_entries ATTACH PARTITION %I FOR VALUES IN (%L)', ledger, m);
                    END IF;
                    IF to_regclass(states) IS NULL THEN
                        EXECUTE format('CREATE TABLE %I (LIKE right_states INCLUDING DEFAULTS)', states);
                        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (beneficiary_id, right_id)', states, 'pk_' || states);
                        EXECUTE format('CREATE INDEX %I ON %I (household_id)', 'ix_' || states || '_household_id', states);
                        EXECUTE format('CREATE INDEX %I ON %I (stage, right_id)', 'ix_' || states || '_stage_right_id', states);
                        EXECUTE format('ALTER TABLE right_states ATTACH PARTITION %I FOR VALUES IN (%L)', states, m);
                    END IF;
                END
                $body$;

                CREATE FUNCTION takeup_municipality_partitions() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM takeup_create_partitions(NEW.municipality);
                    RETURN NULL;
                END
                $body$;

                ALTER TABLE ledger_entries RENAME TO ledger_entries_unpartitioned;
                ALTER TABLE right_states RENAME TO right_states_unpartitioned;
                CREATE TABLE ledger_entries (LIKE ledger_entries_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (municipality);
                CREATE TABLE right_states (LIKE right_states_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (municipality);

                CREATE TRIGGER municipality_partitions AFTER INSERT ON municipalities
                    FOR EACH ROW EXECUTE FUNCTION takeup_municipality_partitions();

                SELECT takeup_create_partitions(municipality) FROM (
                    SELECT municipality FROM municipalities
                    UNION SELECT municipality FROM ledger_entries_unpartitioned
                    UNION SELECT municipality FROM right_states_unpartitioned) AS every_municipality;
                INSERT INTO ledger_entries SELECT * FROM ledger_entries_unpartitioned;
                INSERT INTO right_states SELECT * FROM right_states_unpartitioned;
                DROP TABLE ledger_entries_unpartitioned;
                DROP TABLE right_states_unpartitioned;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER municipality_partitions ON municipalities;
                DROP FUNCTION takeup_municipality_partitions();
                DROP FUNCTION takeup_create_partitions(varchar);

                CREATE TABLE ledger_entries_merged (LIKE ledger_entries INCLUDING DEFAULTS);
                CREATE TABLE right_states_merged (LIKE right_states INCLUDING DEFAULTS);
                INSERT INTO ledger_entries_merged SELECT * FROM ledger_entries;
                INSERT INTO right_states_merged SELECT * FROM right_states;
                DROP TABLE ledger_entries;
                DROP TABLE right_states;
                ALTER TABLE ledger_entries_merged RENAME TO ledger_entries;
                ALTER TABLE right_states_merged RENAME TO right_states;

                ALTER TABLE ledger_entries ADD CONSTRAINT pk_ledger_entries PRIMARY KEY (municipality, entry_id);
                CREATE INDEX ix_ledger_entries_municipality_beneficiary_id_right_id ON ledger_entries (municipality, beneficiary_id, right_id);
                ALTER TABLE right_states ADD CONSTRAINT pk_right_states PRIMARY KEY (municipality, beneficiary_id, right_id);
                CREATE INDEX ix_right_states_municipality_household_id ON right_states (municipality, household_id);
                CREATE INDEX ix_right_states_municipality_stage_right_id ON right_states (municipality, stage, right_id);
                """);
        }
    }
}
