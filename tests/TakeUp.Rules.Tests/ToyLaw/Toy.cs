using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Rules.Tests.ToyLaw;

/// <summary>The toy law of the engine's own tests, and small builders for households.</summary>
internal static class Toy
{
    private static readonly Lazy<ICatalog> Compiled = new(() =>
    {
        var result = CatalogCompiler.Compile(Folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Catalog!;
    });

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "ToyLaw", "toy");

    public static ICatalog Catalog => Compiled.Value;

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static Member Adult(string id, Relation relation = Relation.Reference, string born = "1980-05-01") =>
        new(id, relation)
        {
            BirthDate = D(born),
            RegisteredAtAddress = true,
            Statuses = [],
            Incomes = [],
        };

    public static StatusRecord Status(StatusCode code, string since, string? asOf = null, string? until = null) =>
        new(code, D(since), until is null ? null : D(until), FactSource.Ksz, asOf is null ? null : D(asOf));

    public static IncomeRecord Gross(int year, decimal amount, string? asOf = null) =>
        new(IncomeKind.Employment, year, amount, null, FactSource.Tax, asOf is null ? null : D(asOf));

    public static Household House(params Member[] members) => new("h1", members);

    public static RightResult Result(Household household, string right, string beneficiary, string date, Language language = Language.En) =>
        Catalog.Evaluate(household, D(date), language).Results.Single(r => r.Right == right && r.Beneficiary == beneficiary);
}
