using System.Data.Common;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Rules.Facts;

namespace TakeUp.Runs.Tests;

/// <summary>
/// Puts households straight into the register tables, as an import would leave them, so that run tests can
/// start from known facts. Member ids are stored as person ids, so they must be unique in the municipality:
/// <see cref="WithPersonIds"/> makes the generator's per-household member ids so.
/// </summary>
internal static class RegisterSeeder
{
    public static Household WithPersonIds(Household h) =>
        h with { Members = h.Members.Select(p => p with { Id = $"{h.Id}/{p.Id}" }).ToList() };

    private static string PersonId(Household h, Member m) => m.Id;

    public static void Seed(Database database, string municipality, IEnumerable<Household> households, string pending = "new household")
    {
        database.EnsureMunicipality(municipality);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Write(connection, transaction, municipality, households.ToList(), pending);
        transaction.Commit();
    }

    /// <summary>Replaces one household's rows and marks it pending with the given change.</summary>
    public static void Replace(Database database, string municipality, Household household, string change)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var table in new[] { "statuses", "incomes" })
            Sql(connection, transaction, $"DELETE FROM {table} WHERE municipality = '{municipality}' AND person_id IN (SELECT person_id FROM persons WHERE municipality = '{municipality}' AND household_id = '{household.Id}')");
        Sql(connection, transaction, $"DELETE FROM persons WHERE municipality = '{municipality}' AND household_id = '{household.Id}'");
        Sql(connection, transaction, $"DELETE FROM households WHERE municipality = '{municipality}' AND household_id = '{household.Id}'");
        if (household.Members.Count > 0) Write(connection, transaction, municipality, [household], change);
        else Sql(connection, transaction, "INSERT INTO households (municipality, household_id, pending_changes, change_number) " +
                                          $"VALUES ('{municipality}', '{household.Id}', '{change}', {PendingChanges.TakeNextNumber(connection, transaction, municipality)})");
        transaction.Commit();
    }

    public static void Sql(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Write(DbConnection connection, DbTransaction transaction, string m, List<Household> households, string pending)
    {
        long change = PendingChanges.TakeNextNumber(connection, transaction, m);
        using (var w = BulkWriter.Create(connection, transaction, "households", "municipality", "household_id",
                   "tenure", "tenure_source", "tenure_as_of", "collective_heating", "collective_heating_source", "collective_heating_as_of",
                   "heating_fuel", "heating_fuel_source", "heating_fuel_as_of", "monthly_rent", "monthly_rent_source", "monthly_rent_as_of",
                   "waiting_list_since", "waiting_list_since_source", "waiting_list_since_as_of", "pending_changes", "change_number"))
            foreach (var h in households)
            {
                var x = h.Housing;
                w.Write([m, h.Id, Code(x.Tenure.Value), Src(x.Tenure.Source), x.Tenure.AsOf, x.CollectiveHeating.Value, Src(x.CollectiveHeating.Source), x.CollectiveHeating.AsOf,
                    Code(x.HeatingFuel.Value), Src(x.HeatingFuel.Source), x.HeatingFuel.AsOf, x.MonthlyRent.Value, Src(x.MonthlyRent.Source), x.MonthlyRent.AsOf,
                    x.WaitingListSince.Value, Src(x.WaitingListSince.Source), x.WaitingListSince.AsOf, pending, change]);
            }
        using (var w = BulkWriter.Create(connection, transaction, "persons", "municipality", "person_id", "household_id", "insz", "relation", "partner_kind",
                   "birth_date", "birth_date_source", "birth_date_as_of", "dependent", "dependent_source", "dependent_as_of",
                   "registered_at_address", "registered_at_address_source", "registered_at_address_as_of",
                   "residence", "residence_source", "residence_as_of", "recognition_percent", "recognition_percent_source", "recognition_percent_as_of",
                   "pillar_1_points", "pillar_1_points_source", "pillar_1_points_as_of", "zorgtoeslag_points", "zorgtoeslag_points_source", "zorgtoeslag_points_as_of",
                   "abroad_days_last_year", "abroad_days_last_year_source", "abroad_days_last_year_as_of", "statuses_known", "incomes_known"))
            foreach (var h in households)
                foreach (var p in h.Members)
                    w.Write([m, PersonId(h, p), h.Id, p.Insz, Codes.Name(p.Relation), Code(p.PartnerKind),
                        p.BirthDate.Value, Src(p.BirthDate.Source), p.BirthDate.AsOf, p.Dependent.Value, Src(p.Dependent.Source), p.Dependent.AsOf,
                        p.RegisteredAtAddress.Value, Src(p.RegisteredAtAddress.Source), p.RegisteredAtAddress.AsOf,
                        Code(p.Residence.Value), Src(p.Residence.Source), p.Residence.AsOf, p.RecognitionPercent.Value, Src(p.RecognitionPercent.Source), p.RecognitionPercent.AsOf,
                        p.Pillar1Points.Value, Src(p.Pillar1Points.Source), p.Pillar1Points.AsOf, p.ZorgtoeslagPoints.Value, Src(p.ZorgtoeslagPoints.Source), p.ZorgtoeslagPoints.AsOf,
                        p.AbroadDaysLastYear.Value, Src(p.AbroadDaysLastYear.Source), p.AbroadDaysLastYear.AsOf, p.Statuses is not null, p.Incomes is not null]);
        using (var w = BulkWriter.Create(connection, transaction, "statuses", "municipality", "person_id", "seq", "status", "since", "until", "source", "as_of"))
            foreach (var h in households)
                foreach (var p in h.Members)
                    foreach (var (s, seq) in (p.Statuses ?? []).Select((s, i) => (s, i)))
                        w.Write(m, PersonId(h, p), seq, Codes.Name(s.Status), s.Since, s.Until, Src(s.Source), s.AsOf);
        using (var w = BulkWriter.Create(connection, transaction, "incomes", "municipality", "person_id", "seq", "kind", "year", "gross_taxable", "net_monthly", "source", "as_of"))
            foreach (var h in households)
                foreach (var p in h.Members)
                    foreach (var (i, seq) in (p.Incomes ?? []).Select((i, n) => (i, n)))
                        w.Write(m, PersonId(h, p), seq, Codes.Name(i.Kind), i.Year, i.GrossTaxable, i.NetMonthly, Src(i.Source), i.AsOf);
    }

    private static string? Code<T>(T? value) where T : struct, Enum => value is { } v ? Codes.Name(v) : null;

    private static string? Src(FactSource? source) => source is { } s ? Codes.Name(s) : null;
}
