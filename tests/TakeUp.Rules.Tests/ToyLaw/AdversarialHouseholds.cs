using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Tests.ToyLaw;

/// <summary>
/// Random households that hit the corners of the language on purpose: many unknown facts, as_of dates on
/// either side of every freshness limit, statuses that start or end around the evaluation date, incomes
/// around the toy ceilings, unknown dependants. Deterministic from a seed.
/// </summary>
internal static class AdversarialHouseholds
{
    private static readonly DateOnly Around = new(2024, 6, 1);

    public static List<Household> Make(int count, int seed)
    {
        var random = new Random(seed);
        var households = new List<Household>(count);
        for (int h = 0; h < count; h++)
        {
            int size = 1 + random.Next(5);
            var members = new List<Member>(size);
            for (int i = 0; i < size; i++)
            {
                var relation = i == 0 ? Relation.Reference : (Relation)random.Next(1, 6);
                members.Add(Person(random, $"p{i}", relation));
            }
            households.Add(new Household($"h{h}", members)
            {
                Housing = new Housing
                {
                    Tenure = Maybe(random, () => (Tenure)random.Next(6), DateIn(random)),
                    CollectiveHeating = Maybe(random, () => random.Next(2) == 0, DateIn(random)),
                    HeatingFuel = Maybe(random, () => (HeatingFuel)random.Next(7), DateIn(random)),
                    MonthlyRent = Maybe(random, () => (decimal)random.Next(0, 1500) + 0.5m * random.Next(2), DateIn(random)),
                    WaitingListSince = Maybe(random, () => Around.AddDays(-random.Next(0, 3000)), DateIn(random)),
                },
            });
        }
        return households;
    }

    private static Member Person(Random random, string id, Relation relation) => new(id, relation)
    {
        BirthDate = Maybe(random, () => Around.AddDays(-random.Next(0, 95 * 365)), DateIn(random)),
        PartnerKind = relation == Relation.Partner && random.Next(3) > 0 ? (PartnerKind)random.Next(3) : null,
        Dependent = Maybe(random, () => random.Next(2) == 0, DateIn(random)),
        RegisteredAtAddress = Maybe(random, () => random.Next(4) > 0, DateIn(random)),
        Residence = Maybe(random, () => (Residence)random.Next(7), DateIn(random)),
        RecognitionPercent = Maybe(random, () => (decimal)random.Next(0, 101), DateIn(random)),
        Pillar1Points = Maybe(random, () => random.Next(0, 10), DateIn(random)),
        ZorgtoeslagPoints = Maybe(random, () => random.Next(0, 20), DateIn(random)),
        AbroadDaysLastYear = Maybe(random, () => random.Next(0, 60), DateIn(random)),
        Statuses = random.Next(6) == 0 ? null : Statuses(random),
        Incomes = random.Next(6) == 0 ? null : Enumerable.Range(0, random.Next(4)).Select(_ => Income(random)).ToList(),
    };

    /// <summary>Some statuses, and now and then a decision renewed the day after (or two days after) the last one ended.</summary>
    private static List<StatusRecord> Statuses(Random random)
    {
        var list = Enumerable.Range(0, random.Next(4)).Select(_ => Status(random)).ToList();
        if (list.Count > 0 && list[^1].Until is { } end && random.Next(2) == 0)
            list.Add(list[^1] with { Since = end.AddDays(1 + random.Next(2)), Until = null, AsOf = DateIn(random) });
        return list;
    }

    private static StatusRecord Status(Random random)
    {
        var codes = new[] { StatusCode.Leefloon, StatusCode.LeefloonEquivalent, StatusCode.Igo, StatusCode.Pensioner, StatusCode.DebtMediation, StatusCode.Ivt };
        var since = Around.AddDays(-random.Next(-40, 800));
        DateOnly? until = random.Next(3) == 0 ? Around.AddDays(random.Next(-200, 60)) : null;
        if (until < since) until = since;
        return new StatusRecord(codes[random.Next(codes.Length)], since, until, FactSource.Ksz, DateIn(random));
    }

    private static IncomeRecord Income(Random random)
    {
        decimal? gross = random.Next(8) == 0 ? null : random.Next(4) switch
        {
            0 => 0m,
            1 => 25200m + random.Next(-2, 3) * 0.01m,
            _ => random.Next(0, 40000) + random.Next(100) / 100m,
        };
        decimal? net = random.Next(3) == 0 ? null : random.Next(0, 2500);
        return new IncomeRecord((IncomeKind)random.Next(7), 2020 + random.Next(6), gross, net, FactSource.Tax, DateIn(random));
    }

    private static DateOnly? DateIn(Random random) => random.Next(5) == 0 ? null : Around.AddDays(-random.Next(0, 1500));

    private static Fact<T> Maybe<T>(Random random, Func<T> value, DateOnly? asOf) where T : struct =>
        random.Next(7) == 0 ? Fact<T>.Unknown : new Fact<T>(value(), FactSource.Register, asOf);
}
