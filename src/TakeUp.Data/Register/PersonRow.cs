namespace TakeUp.Data.Register;

/// <summary>
/// A resident as the registers last described them: membership of a household and the person facts the rules
/// read, each with its source and as-of date. Statuses and incomes are rows of their own; the two
/// <c>…Known</c> flags say whether the lists are known at all (an empty known list means "none").
/// </summary>
public sealed class PersonRow
{
    public required string Municipality { get; set; }
    public required string PersonId { get; set; }
    public required string HouseholdId { get; set; }

    /// <summary>National register or BIS number, checksum-validated on import.</summary>
    public string? Insz { get; set; }

    /// <summary>Relation to the household's reference person, as the contract names it ("reference", "child"…).</summary>
    public required string Relation { get; set; }
    public string? PartnerKind { get; set; }

    public DateOnly? BirthDate { get; set; }
    public string? BirthDateSource { get; set; }
    public DateOnly? BirthDateAsOf { get; set; }

    public bool? Dependent { get; set; }
    public string? DependentSource { get; set; }
    public DateOnly? DependentAsOf { get; set; }

    public bool? RegisteredAtAddress { get; set; }
    public string? RegisteredAtAddressSource { get; set; }
    public DateOnly? RegisteredAtAddressAsOf { get; set; }

    public string? Residence { get; set; }
    public string? ResidenceSource { get; set; }
    public DateOnly? ResidenceAsOf { get; set; }

    public decimal? RecognitionPercent { get; set; }
    public string? RecognitionPercentSource { get; set; }
    public DateOnly? RecognitionPercentAsOf { get; set; }

    public int? Pillar1Points { get; set; }
    public string? Pillar1PointsSource { get; set; }
    public DateOnly? Pillar1PointsAsOf { get; set; }

    public int? ZorgtoeslagPoints { get; set; }
    public string? ZorgtoeslagPointsSource { get; set; }
    public DateOnly? ZorgtoeslagPointsAsOf { get; set; }

    public int? AbroadDaysLastYear { get; set; }
    public string? AbroadDaysLastYearSource { get; set; }
    public DateOnly? AbroadDaysLastYearAsOf { get; set; }

    public bool StatusesKnown { get; set; }
    public bool IncomesKnown { get; set; }
}
