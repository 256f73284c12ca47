using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Imports.Snapshots;
using TakeUp.Rules.Facts;

namespace TakeUp.Imports.Tests.Support;

/// <summary>
/// A household as sorted text lines, made independently from the domain objects the generator yields and from the
/// rows the database holds, so that a round trip can be compared fact by fact (value, source, as_of).
/// </summary>
internal static class Canonical
{
    public static List<string> Of(IEnumerable<Household> households)
    {
        var lines = new List<string>();
        foreach (var h in households)
        {
            var x = h.Housing;
            lines.Add($"H {h.Id} tenure={F(x.Tenure, Codes.Name)} collective={F(x.CollectiveHeating, B)} fuel={F(x.HeatingFuel, Codes.Name)} rent={F(x.MonthlyRent, M)} waiting={F(x.WaitingListSince, D)}");
            foreach (var m in h.Members)
            {
                string id = SnapshotWriter.PersonId(h.Id, m.Id);
                lines.Add($"P {id} h={h.Id} rel={Codes.Name(m.Relation)} insz={m.Insz} pk={(m.PartnerKind is { } k ? Codes.Name(k) : "")} " +
                          $"birth={F(m.BirthDate, D)} dep={F(m.Dependent, B)} reg={F(m.RegisteredAtAddress, B)} res={F(m.Residence, Codes.Name)} " +
                          $"rec={F(m.RecognitionPercent, M)} p1={F(m.Pillar1Points, I)} zt={F(m.ZorgtoeslagPoints, I)} abroad={F(m.AbroadDaysLastYear, I)} " +
                          $"sk={B(m.Statuses is not null)} ik={B(m.Incomes is not null)}");
                foreach (var s in m.Statuses ?? [])
                    lines.Add($"S {id} {Codes.Name(s.Status)} {D(s.Since)} {O(s.Until, D)} {O(s.Source, Codes.Name)} {O(s.AsOf, D)}");
                foreach (var i in m.Incomes ?? [])
                    lines.Add($"I {id} {Codes.Name(i.Kind)} {i.Year} {O(i.GrossTaxable, M)} {O(i.NetMonthly, M)} {O(i.Source, Codes.Name)} {O(i.AsOf, D)}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static List<string> Of(Database database, string municipality)
    {
        using var db = database.Context();
        var lines = new List<string>();
        foreach (var h in db.Households.AsNoTracking().Where(h => h.Municipality == municipality))
            lines.Add($"H {h.HouseholdId} tenure={Text(h.Tenure, h.TenureSource, h.TenureAsOf)} collective={Text(h.CollectiveHeating is { } c ? B(c) : null, h.CollectiveHeatingSource, h.CollectiveHeatingAsOf)} " +
                      $"fuel={Text(h.HeatingFuel, h.HeatingFuelSource, h.HeatingFuelAsOf)} rent={Text(h.MonthlyRent is { } r ? M(r) : null, h.MonthlyRentSource, h.MonthlyRentAsOf)} " +
                      $"waiting={Text(h.WaitingListSince is { } w ? D(w) : null, h.WaitingListSinceSource, h.WaitingListSinceAsOf)}");
        foreach (var p in db.Persons.AsNoTracking().Where(p => p.Municipality == municipality))
            lines.Add($"P {p.PersonId} h={p.HouseholdId} rel={p.Relation} insz={p.Insz} pk={p.PartnerKind} " +
                      $"birth={Text(p.BirthDate is { } b ? D(b) : null, p.BirthDateSource, p.BirthDateAsOf)} dep={Text(p.Dependent is { } d ? B(d) : null, p.DependentSource, p.DependentAsOf)} " +
                      $"reg={Text(p.RegisteredAtAddress is { } g ? B(g) : null, p.RegisteredAtAddressSource, p.RegisteredAtAddressAsOf)} res={Text(p.Residence, p.ResidenceSource, p.ResidenceAsOf)} " +
                      $"rec={Text(p.RecognitionPercent is { } rp ? M(rp) : null, p.RecognitionPercentSource, p.RecognitionPercentAsOf)} p1={Text(p.Pillar1Points is { } p1 ? I(p1) : null, p.Pillar1PointsSource, p.Pillar1PointsAsOf)} " +
                      $"zt={Text(p.ZorgtoeslagPoints is { } z ? I(z) : null, p.ZorgtoeslagPointsSource, p.ZorgtoeslagPointsAsOf)} abroad={Text(p.AbroadDaysLastYear is { } a ? I(a) : null, p.AbroadDaysLastYearSource, p.AbroadDaysLastYearAsOf)} " +
                      $"sk={B(p.StatusesKnown)} ik={B(p.IncomesKnown)}");
        foreach (var s in db.Statuses.AsNoTracking().Where(s => s.Municipality == municipality))
            lines.Add($"S {s.PersonId} {s.Status} {D(s.Since)} {O(s.Until, D)} {s.Source} {O(s.AsOf, D)}");
        foreach (var i in db.Incomes.AsNoTracking().Where(i => i.Municipality == municipality))
            lines.Add($"I {i.PersonId} {i.Kind} {i.Year} {O(i.GrossTaxable, M)} {O(i.NetMonthly, M)} {i.Source} {O(i.AsOf, D)}");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string F<T>(Fact<T> fact, Func<T, string> format) where T : struct =>
        Text(fact.Value is { } v ? format(v) : null, fact.Source is { } s ? Codes.Name(s) : null, fact.AsOf);

    private static string Text(string? value, string? source, DateOnly? asOf) => $"{value}/{source}/{O(asOf, D)}";

    private static string O<T>(T? value, Func<T, string> format) where T : struct => value is { } v ? format(v) : "-";

    private static string B(bool b) => b ? "true" : "false";
    private static string M(decimal m) => m.ToString("0.####", CultureInfo.InvariantCulture);
    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
