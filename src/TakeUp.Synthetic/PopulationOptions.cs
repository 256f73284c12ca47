namespace TakeUp.Synthetic;

/// <summary>
/// What to generate. Set exactly one of <see cref="Persons"/> and <see cref="Households"/>; everything else has
/// a default. The same options always give the same population, on every machine.
/// </summary>
public sealed record PopulationOptions
{
    /// <summary>Any value; equal seeds with equal options give identical populations.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Exactly this many persons. The last household is drawn smaller when fewer places remain.</summary>
    public int? Persons { get; init; }

    /// <summary>Exactly this many households, of whatever sizes they are drawn.</summary>
    public int? Households { get; init; }

    /// <summary>
    /// The date the population is observed on: ages, status periods, income years and the age of each fact
    /// (as_of) are relative to it. The default is the date of the contract's example situation, a date for
    /// which the facts sheet has verified amounts; the generator never reads the clock.
    /// Must lie in 2000–2099, because INSZ numbers tell centuries apart only through the checksum.
    /// </summary>
    public DateOnly ReferenceDate { get; init; } = new(2025, 3, 1);

    /// <summary>Municipalities of residence with weights. The default is Gent (44021) alone.</summary>
    public IReadOnlyList<MunicipalityWeight> Municipalities { get; init; } = [new("44021", 1)];

    /// <summary>
    /// Scales every deliberate data-quality problem (unknown facts, stale as_of dates, members seen only at a
    /// home visit, contradictions). 1 is the documented real-world rate, 2 twice as messy (each probability is
    /// capped at 1), 0 a clean population: everyone registered with a known INSZ, birth date, residence,
    /// statuses and incomes, tenure and heating known, no stale as_of. Facts that do not apply or are simply
    /// not recorded (a rent for owners, days abroad for most people) stay absent at any setting.
    /// Real history (status periods that ended, decisions that start next month) is not a data problem and
    /// is not scaled.
    /// </summary>
    public double Messiness { get; init; } = 1.0;
}
