using Microsoft.EntityFrameworkCore;
using TakeUp.Data.Imports;
using TakeUp.Data.Ledger;
using TakeUp.Data.Register;
using TakeUp.Data.Runs;

namespace TakeUp.Data.Storage;

/// <summary>
/// The database of one TakeUp instance. Every table starts its primary key with the municipality's NIS code,
/// so municipalities are isolated by key and the data can be partitioned (PostgreSQL declarative partitioning:
/// the ledger's two tables are, see <see cref="MunicipalityPartition"/>) or distributed (Citus, distribution
/// column <c>municipality</c>) without redesign.
/// Bulk paths (imports, runs) write through <see cref="BulkWriter"/>; EF Core is used for the schema,
/// migrations and the small queries.
/// </summary>
public abstract class TakeUpDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<MunicipalityRow> Municipalities => Set<MunicipalityRow>();
    public DbSet<HouseholdRow> Households => Set<HouseholdRow>();
    public DbSet<PersonRow> Persons => Set<PersonRow>();
    public DbSet<StatusRow> Statuses => Set<StatusRow>();
    public DbSet<IncomeRow> Incomes => Set<IncomeRow>();
    public DbSet<ObservedFact> ObservedFacts => Set<ObservedFact>();
    public DbSet<FactConflict> FactConflicts => Set<FactConflict>();
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();
    public DbSet<QuarantinedRecord> QuarantinedRecords => Set<QuarantinedRecord>();
    public DbSet<RunRecord> Runs => Set<RunRecord>();
    public DbSet<RightState> RightStates => Set<RightState>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<DossierRead> DossierReads => Set<DossierRead>();

    public abstract DatabaseKind Kind { get; }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<MunicipalityRow>(e =>
        {
            e.ToTable("municipalities");
            e.HasKey(x => x.Municipality);
        });
        model.Entity<HouseholdRow>(e =>
        {
            e.ToTable("households");
            e.HasKey(x => new { x.Municipality, x.HouseholdId });
            e.HasIndex(x => new { x.Municipality, x.ChangedByImport });
            // The pending households: those changed after the municipality's last evaluated change.
            e.HasIndex(x => new { x.Municipality, x.ChangeNumber });
        });
        model.Entity<PersonRow>(e =>
        {
            e.ToTable("persons");
            e.HasKey(x => new { x.Municipality, x.PersonId });
            // Household, then person: the order runs read a municipality in, straight from the index.
            e.HasIndex(x => new { x.Municipality, x.HouseholdId, x.PersonId });
            e.HasIndex(x => new { x.Municipality, x.Insz }).IsUnique().HasFilter("insz IS NOT NULL");
        });
        model.Entity<StatusRow>(e =>
        {
            e.ToTable("statuses");
            e.HasKey(x => new { x.Municipality, x.PersonId, x.Seq });
        });
        model.Entity<IncomeRow>(e =>
        {
            e.ToTable("incomes");
            e.HasKey(x => new { x.Municipality, x.PersonId, x.Seq });
        });
        model.Entity<ObservedFact>(e =>
        {
            e.ToTable("observed_facts");
            e.HasKey(x => new { x.Municipality, x.ObservationId });
            e.Property(x => x.ObservationId).ValueGeneratedNever();
            e.HasIndex(x => new { x.Municipality, x.SubjectKind, x.SubjectId, x.Field });
        });
        model.Entity<FactConflict>(e =>
        {
            e.ToTable("fact_conflicts");
            e.HasKey(x => new { x.Municipality, x.ConflictId });
            e.Property(x => x.ConflictId).ValueGeneratedNever();
            e.HasIndex(x => new { x.Municipality, x.SubjectKind, x.SubjectId });
        });
        model.Entity<ImportRecord>(e =>
        {
            e.ToTable("imports");
            e.HasKey(x => new { x.Municipality, x.ImportId });
            e.Property(x => x.ImportId).ValueGeneratedNever();
            e.HasIndex(x => new { x.Municipality, x.Sha256 }).IsUnique();
        });
        model.Entity<QuarantinedRecord>(e =>
        {
            e.ToTable("quarantined_records");
            e.HasKey(x => new { x.Municipality, x.ImportId, x.Seq });
        });
        model.Entity<RunRecord>(e =>
        {
            e.ToTable("runs");
            e.HasKey(x => new { x.Municipality, x.RunId });
            e.Property(x => x.RunId).ValueGeneratedNever();
        });
        model.Entity<RightState>(e =>
        {
            e.ToTable("right_states");
            e.HasKey(x => new { x.Municipality, x.BeneficiaryId, x.RightId });
            e.HasIndex(x => new { x.Municipality, x.Stage, x.RightId });
            e.HasIndex(x => new { x.Municipality, x.HouseholdId });
        });
        model.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries");
            e.HasKey(x => new { x.Municipality, x.EntryId });
            e.Property(x => x.EntryId).ValueGeneratedNever();
            // A pair's history. A run's entries need no index: one run writes consecutive entry ids.
            e.HasIndex(x => new { x.Municipality, x.BeneficiaryId, x.RightId });
        });
        model.Entity<DossierRead>(e =>
        {
            e.ToTable("dossier_reads");
            e.HasKey(x => new { x.Municipality, x.ReadId });
            e.Property(x => x.ReadId).ValueGeneratedNever();
            // "Who read this resident's dossier?": the question a resident (or the data protection officer) asks.
            e.HasIndex(x => new { x.Municipality, x.BeneficiaryId });
        });

        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Naming.Snake(property.Name));
                if (property.ClrType == typeof(decimal) || property.ClrType == typeof(decimal?))
                {
                    property.SetPrecision(14);
                    property.SetScale(4);
                }
                if (property.ClrType == typeof(string) && property.Name == nameof(HouseholdRow.Municipality))
                    property.SetMaxLength(5);
            }
            foreach (var key in entity.GetKeys())
                key.SetName("pk_" + entity.GetTableName());
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName("ix_" + entity.GetTableName() + "_" +
                                      string.Join("_", index.Properties.Select(p => Naming.Snake(p.Name))));
        }
    }
}
