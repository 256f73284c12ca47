using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Generation;

namespace TakeUp.Synthetic;

/// <summary>
/// Generates a synthetic population of Flemish households: realistic in its distributions, deliberately
/// imperfect in its data (unknown, stale and contradictory facts), and identical for identical options on
/// every machine. Nobody in it exists; the INSZ numbers are valid in form only.
/// </summary>
/// <example>
/// <code>
/// var options = new PopulationOptions { Seed = 42, Persons = 100_000 };
/// foreach (var household in new PopulationGenerator(options).Generate()) { … }
/// </code>
/// </example>
public sealed class PopulationGenerator
{
    public PopulationGenerator(PopulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        Options = options;
    }

    public PopulationOptions Options { get; }

    /// <summary>Shorthand for <c>new PopulationGenerator(options).Generate()</c>.</summary>
    public static IEnumerable<Household> Generate(PopulationOptions options) => new PopulationGenerator(options).Generate();

    /// <summary>
    /// The households, one at a time: nothing is kept after it is yielded, so a population of any size streams
    /// in constant memory (apart from a fixed table of used INSZ numbers). Every enumeration starts over and
    /// yields the same households.
    /// </summary>
    public IEnumerable<Household> Generate()
    {
        var factory = new HouseholdFactory(Options);
        long persons = 0;
        for (long index = 0; ; index++)
        {
            int room = HouseholdDraft.MaxMembers;
            if (Options.Households is { } households && index >= households) yield break;
            if (Options.Persons is { } wanted)
            {
                if (persons >= wanted) yield break;
                room = (int)Math.Min(room, wanted - persons);
            }
            var household = factory.Create(index, room);
            persons += household.Members.Count;
            yield return household;
        }
    }

    private static void Validate(PopulationOptions options)
    {
        if ((options.Persons is null) == (options.Households is null))
            throw new ArgumentException("Set exactly one of Persons and Households.", nameof(options));
        if (options.Persons < 0) throw new ArgumentException("Persons cannot be negative.", nameof(options));
        if (options.Households < 0) throw new ArgumentException("Households cannot be negative.", nameof(options));
        if (options.ReferenceDate.Year is < 2000 or > 2099)
            throw new ArgumentException("ReferenceDate must lie in 2000–2099.", nameof(options));
        if (!(options.Messiness >= 0) || double.IsInfinity(options.Messiness))
            throw new ArgumentException("Messiness must be a finite number of at least 0.", nameof(options));
        if (options.Municipalities is null || options.Municipalities.Count == 0)
            throw new ArgumentException("Give at least one municipality.", nameof(options));
        double total = 0;
        foreach (var m in options.Municipalities)
        {
            if (m is null || m.NisCode is not { Length: 5 } code || !code.All(char.IsAsciiDigit))
                throw new ArgumentException($"A municipality needs a 5-digit NIS code, not '{m?.NisCode}'.", nameof(options));
            if (!(m.Weight >= 0) || double.IsInfinity(m.Weight))
                throw new ArgumentException($"The weight of {code} must be finite and not negative.", nameof(options));
            total += m.Weight;
        }
        if (!(total > 0)) throw new ArgumentException("At least one municipality needs a positive weight.", nameof(options));
    }
}
