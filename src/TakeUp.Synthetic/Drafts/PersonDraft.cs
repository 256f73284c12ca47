using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Drafts;

/// <summary>
/// One person while their household is being drawn: the truth, before data-quality problems decide what
/// the OCMW's data will show. Instances are reused from household to household (see <see cref="Reset"/>),
/// so drawing allocates nothing but the finished records.
/// </summary>
internal sealed class PersonDraft
{
    private const int MaxStatuses = 16;
    private readonly StatusDraft[] _statuses = new StatusDraft[MaxStatuses];

    public Relation Relation;
    public int Age;
    public bool Female;
    public DateOnly BirthDate;
    public PartnerKind? PartnerKind;
    public Residence Residence;
    public bool Dependent;

    /// <summary>Lives here but is domiciled elsewhere; known only from a home visit.</summary>
    public bool Unregistered;

    public Activity Activity;
    public DateOnly ActivitySince;
    /// <summary>Yearly gross taxable income of the current activity at reference-year prices.</summary>
    public double Level;
    /// <summary>What the person lived on before <see cref="ActivitySince"/>, for income years before it.</summary>
    public Activity PreviousActivity;
    public double PreviousLevel;
    /// <summary>Part-time or student work beside a non-taxable allowance.</summary>
    public double SideEmployment;
    public double Maintenance;
    public double Cadastral;

    /// <summary>Personal year-to-year variation of income, for income years reference−3 .. reference.</summary>
    public readonly double[] YearNoise = new double[4];

    public int RecognitionPercent;
    public int Pillar1Points;
    public int ZorgtoeslagPoints;
    /// <summary>-1 when not recorded anywhere.</summary>
    public int AbroadDays;

    // What the data will not show (decided by DataQualityStep).
    public bool BirthDateUnknown;
    public bool InszUnknown;
    public bool Bis;
    public bool ResidenceUnknown;
    public bool DependentUnknown;
    public bool StatusesUnknown;
    public bool IncomesUnknown;
    public DateOnly StatusesAsOf;

    public string? Insz;

    public int StatusCount { get; private set; }

    public ReadOnlySpan<StatusDraft> Statuses => _statuses.AsSpan(0, StatusCount);

    public void Reset()
    {
        Relation = Relation.Reference;
        Age = 0;
        Female = false;
        BirthDate = default;
        PartnerKind = null;
        Residence = Residence.Belgian;
        Dependent = false;
        Unregistered = false;
        Activity = Activity.None;
        ActivitySince = default;
        Level = 0;
        PreviousActivity = Activity.None;
        PreviousLevel = 0;
        SideEmployment = 0;
        Maintenance = 0;
        Cadastral = 0;
        RecognitionPercent = 0;
        Pillar1Points = 0;
        ZorgtoeslagPoints = 0;
        AbroadDays = -1;
        BirthDateUnknown = false;
        InszUnknown = false;
        Bis = false;
        ResidenceUnknown = false;
        DependentUnknown = false;
        StatusesUnknown = false;
        IncomesUnknown = false;
        StatusesAsOf = default;
        Insz = null;
        StatusCount = 0;
    }

    public bool IsAdult => Age >= 18;

    /// <summary>Records a status period; a period that would end before it starts is a bug, not data.</summary>
    public void AddStatus(StatusCode code, DateOnly since, DateOnly? until = null)
    {
        if (until is { } end && end < since)
            throw new InvalidOperationException($"Status {code} would end ({end}) before it starts ({since}).");
        if (StatusCount == MaxStatuses) return; // more than 16 statuses is not a person we model; drop the rest
        _statuses[StatusCount++] = new StatusDraft(code, since, until);
    }

    /// <summary>The status period holding on <paramref name="date"/>, if any.</summary>
    public StatusDraft? Holding(StatusCode code, DateOnly date)
    {
        foreach (var s in Statuses)
        {
            if (s.Code == code && s.Since <= date && (s.Until is null || date <= s.Until)) return s;
        }
        return null;
    }

    public bool Holds(StatusCode code, DateOnly date) => Holding(code, date) is not null;

    /// <summary>Keeps only the statuses a source confirming on <paramref name="asOf"/> could have known.</summary>
    public void ForgetStatusesAfter(DateOnly asOf)
    {
        int kept = 0;
        for (int i = 0; i < StatusCount; i++)
        {
            var s = _statuses[i];
            if (s.Since > asOf) continue;
            // The end of a period after asOf was not known yet: the stale record still shows it running.
            if (s.Until is { } until && until > asOf) s = s with { Until = null };
            _statuses[kept++] = s;
        }
        StatusCount = kept;
    }
}
