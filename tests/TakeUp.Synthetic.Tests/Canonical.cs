using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Tests;

/// <summary>
/// Renders a household with every field, in a fixed order and the invariant culture, so two populations can be
/// compared (or hashed) by text. Records compare lists by reference; this compares them by content.
/// </summary>
internal static class Canonical
{
    public static string Render(Household h)
    {
        var sb = new StringBuilder();
        sb.Append(h.Id).Append('|').Append(h.Municipality).Append('|');
        var housing = h.Housing;
        Fact(sb, housing.Tenure); Fact(sb, housing.CollectiveHeating); Fact(sb, housing.HeatingFuel);
        Fact(sb, housing.MonthlyRent); Fact(sb, housing.WaitingListSince);
        foreach (var m in h.Members)
        {
            sb.Append("\n  ").Append(m.Id).Append(' ').Append(m.Relation).Append(' ').Append(m.Insz ?? "-").Append(' ')
              .Append(m.PartnerKind?.ToString() ?? "-").Append(' ');
            Fact(sb, m.BirthDate); Fact(sb, m.Dependent); Fact(sb, m.RegisteredAtAddress); Fact(sb, m.Residence);
            Fact(sb, m.RecognitionPercent); Fact(sb, m.Pillar1Points); Fact(sb, m.ZorgtoeslagPoints); Fact(sb, m.AbroadDaysLastYear);
            if (m.Statuses is null) sb.Append(" statuses:?");
            else foreach (var s in m.Statuses)
                sb.Append(" S(").Append(s.Status).Append(',').Append(D(s.Since)).Append(',').Append(D(s.Until))
                  .Append(',').Append(s.Source).Append(',').Append(D(s.AsOf)).Append(')');
            if (m.Incomes is null) sb.Append(" incomes:?");
            else foreach (var i in m.Incomes)
                sb.Append(" I(").Append(i.Kind).Append(',').Append(i.Year.ToString(CultureInfo.InvariantCulture)).Append(',')
                  .Append(i.GrossTaxable?.ToString(CultureInfo.InvariantCulture)).Append(',')
                  .Append(i.NetMonthly?.ToString(CultureInfo.InvariantCulture)).Append(',').Append(i.Source).Append(',')
                  .Append(D(i.AsOf)).Append(')');
        }
        return sb.ToString();
    }

    public static string Sha256(IEnumerable<Household> households)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var h in households) hash.AppendData(Encoding.UTF8.GetBytes(Render(h) + "\n"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Fact<T>(StringBuilder sb, Fact<T> fact) where T : struct
    {
        sb.Append('[');
        sb.Append(fact.Value is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : "?");
        sb.Append(',').Append(fact.Source?.ToString() ?? "-").Append(',').Append(D(fact.AsOf)).Append(']');
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
