using System.Collections;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using static TakeUp.Rules.Tests.ToyLaw.Toy;

namespace TakeUp.Rules.Tests;

public class PopulationBuilderTests
{
    private static readonly DateOnly Born = D("1980-05-01");

    private static readonly Household[] Households =
    [
        new("h1", [
            new Member("a", Relation.Reference) { BirthDate = Born, Statuses = [Status(StatusCode.Leefloon, "2020-01-01")], Incomes = [Gross(2023, 1234.5m)] },
            new Member("b", Relation.Partner) { BirthDate = D("1982-02-03"), Statuses = [], Incomes = [] },
        ]) { Housing = new Housing { HeatingFuel = HeatingFuel.HeatingOil } },
        new("h2", [
            new Member("c", Relation.Child) { Statuses = null, Incomes = [Gross(2022, 10m), Gross(2023, 20m)] },
            new Member("d", Relation.Reference) { BirthDate = Born, Statuses = [Status(StatusCode.Igo, "2019-01-01", until: "2030-12-31"), Status(StatusCode.DebtMediation, "2021-01-01")], Incomes = null },
        ]),
    ];

    private static Population Built()
    {
        var b = new PopulationBuilder(households: 2, persons: 4);
        b.AddHousehold("h1");
        b.SetHeatingFuel(HeatingFuel.HeatingOil);
        b.AddMember("a", Relation.Reference, Born);
        b.AddStatus(StatusCode.Leefloon, D("2020-01-01"));
        b.AddIncome(IncomeKind.Employment, 2023, 1234.5m);
        b.AddMember("b", Relation.Partner, D("1982-02-03"));
        b.AddHousehold("h2");
        b.AddMember("c", Relation.Child, null, statusesKnown: false);
        b.AddIncome(IncomeKind.Employment, 2022, 10m);
        b.AddIncome(IncomeKind.Employment, 2023, 20m);
        b.AddMember("d", Relation.Reference, Born, incomesKnown: false);
        b.AddStatus(StatusCode.Igo, D("2019-01-01"), D("2030-12-31"));
        b.AddStatus(StatusCode.DebtMediation, D("2021-01-01"));
        return b.Build();
    }

    [Fact]
    public void Builds_the_same_columns_as_laying_out_households()
    {
        var expected = Population.From(Households);
        var actual = Built();
        var properties = typeof(Population).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);
        Assert.True(properties.Length > 25, "the columns are read through their properties");
        int statuses = expected.StatusStart[^1], incomes = expected.IncomeStart[^1];
        foreach (var property in properties)
        {
            object? mine = property.GetValue(expected), theirs = property.GetValue(actual);
            // The lists may carry spare capacity after their entries: compare the entries.
            int? used = property.Name.StartsWith("Status", StringComparison.Ordinal) && property.Name != "StatusStart" && property.Name != "StatusesKnown" ? statuses
                : property.Name.StartsWith("Income", StringComparison.Ordinal) && property.Name != "IncomeStart" && property.Name != "IncomesKnown" ? incomes : null;
            if (used is { } n)
            {
                var (a, b) = ((Array)mine!, (Array)theirs!);
                Assert.True(b.Length >= n, $"list {property.Name} is shorter than its entries");
                (mine, theirs) = (a.Cast<object>().Take(n).ToArray(), b.Cast<object>().Take(n).ToArray());
            }
            Assert.True(Same(mine, theirs), $"column {property.Name} differs");
        }
    }

    [Fact]
    public void Grows_the_lists_past_their_first_capacity()
    {
        var b = new PopulationBuilder(1, 1, statusCapacity: 1, incomeCapacity: 1);
        b.AddHousehold("h");
        b.AddMember("p", Relation.Reference, Born);
        for (int year = 2000; year < 2040; year++) b.AddIncome(IncomeKind.Employment, year, year);
        foreach (var code in Enum.GetValues<StatusCode>()) b.AddStatus(code, Born);
        var population = b.Build();
        Assert.Equal(40, population.IncomeStart[1]);
        Assert.Equal(Enumerable.Range(2000, 40), population.IncomeYear.Take(40));
        Assert.Equal(Enum.GetValues<StatusCode>().Select(c => (int)c), population.StatusCode.Take(Enum.GetValues<StatusCode>().Length));
    }

    [Fact]
    public void Evaluates_like_a_population_laid_out_from_households()
    {
        var date = D("2024-03-01");
        var expected = Catalog.Evaluate(Population.From(Households), date);
        var actual = Catalog.Evaluate(Built(), date);
        foreach (var right in expected.RightIds)
        {
            int rows = expected.IsPersonLevel(right) ? 4 : 2;
            for (int row = 0; row < rows; row++)
            {
                Assert.Equal(expected.Outcome(right, row), actual.Outcome(right, row));
                Assert.Equal(expected.Action(right, row), actual.Action(right, row));
                Assert.Equal(expected.Amount(right, row), actual.Amount(right, row));
            }
        }
    }

    [Fact]
    public void Refuses_a_household_without_members_or_reference_and_wrong_counts()
    {
        var empty = new PopulationBuilder(2, 2);
        empty.AddHousehold("h1");
        Assert.Contains("household h1 has no members", Assert.Throws<InvalidOperationException>(() => empty.AddHousehold("h2")).Message);

        var noReference = new PopulationBuilder(1, 1);
        noReference.AddHousehold("h1");
        noReference.AddMember("p", Relation.Child, Born);
        Assert.Contains("household h1 has no reference person", Assert.Throws<InvalidOperationException>(noReference.Build).Message);

        var short_ = new PopulationBuilder(1, 2);
        short_.AddHousehold("h1");
        short_.AddMember("p", Relation.Reference, Born);
        Assert.Contains("1 persons added", Assert.Throws<InvalidOperationException>(short_.Build).Message);

        var unknownStatuses = new PopulationBuilder(1, 1);
        unknownStatuses.AddHousehold("h1");
        unknownStatuses.AddMember("p", Relation.Reference, Born, statusesKnown: false);
        Assert.Throws<InvalidOperationException>(() => unknownStatuses.AddStatus(StatusCode.Igo, Born));
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (FactColumn x, FactColumn y) => Same(x.Values, y.Values) && Same(x.AsOf, y.AsOf),
        (string x, string y) => x == y,
        (IEnumerable x, IEnumerable y) => x.Cast<object?>().Count() == y.Cast<object?>().Count()
            && x.Cast<object?>().Zip(y.Cast<object?>()).All(p => Same(p.First, p.Second)),
        _ => Equals(a, b),
    };
}
