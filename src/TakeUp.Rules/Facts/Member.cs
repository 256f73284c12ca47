namespace TakeUp.Rules.Facts;

/// <summary>
/// One person of a household. Lists that are null are unknown; an empty list is "known: none".
/// </summary>
public sealed record Member(string Id, Relation Relation)
{
    /// <summary>National register or BIS number (already checksum-validated by whoever built this).</summary>
    public string? Insz { get; init; }

    public Fact<DateOnly> BirthDate { get; init; }

    public PartnerKind? PartnerKind { get; init; }

    /// <summary>Fiscally dependent ("ten laste").</summary>
    public Fact<bool> Dependent { get; init; }

    /// <summary>Domiciled here in the population register; false means seen living here (e.g. at a home visit).</summary>
    public Fact<bool> RegisteredAtAddress { get; init; }

    public Fact<Residence> Residence { get; init; }

    public IReadOnlyList<StatusRecord>? Statuses { get; init; }

    public IReadOnlyList<IncomeRecord>? Incomes { get; init; }

    public Fact<decimal> RecognitionPercent { get; init; }

    public Fact<int> Pillar1Points { get; init; }

    public Fact<int> ZorgtoeslagPoints { get; init; }

    public Fact<int> AbroadDaysLastYear { get; init; }
}
