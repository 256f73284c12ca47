namespace TakeUp.Rules.Evaluation;

/// <summary>A fact an evaluation read: its path in the contract's terms and when its source last confirmed it.</summary>
internal sealed record FactUse(string Path, DateOnly? AsOf, bool Stale);

/// <summary>A parameter value an evaluation used.</summary>
internal sealed record ParameterUse(string Path, DateOnly From, bool Verified);

/// <summary>A parameter the catalog does not encode for a date: the law for that period is not written down.</summary>
internal sealed record ParameterGap(string Path, DateOnly On);

/// <summary>Another right whose result is only likely: what it rests on still awaits a social worker's judgement.</summary>
internal sealed record JudgementUse(string Right);

/// <summary>
/// What a value rests on. Used: the facts and parameters it was computed from. Doubts: the stale facts and
/// unverified parameters among those it rests on (a result with doubts is never granted automatically).
/// Missing: the facts whose absence left it unknown; Gaps: the parameters not encoded for the date that left
/// it unknown (both empty when the value is known).
/// The combination rules mirror the population evaluator's doubt bit exactly; see Combine.
/// </summary>
internal sealed class Trace
{
    public static readonly Trace Empty = new([], [], [], []);

    public Trace(IReadOnlyList<FactUse> facts, IReadOnlyList<ParameterUse> parameters, IReadOnlyList<object> doubts,
        IReadOnlyList<string> missing, IReadOnlyList<ParameterGap>? gaps = null)
    {
        Gaps = gaps ?? [];
        Facts = facts;
        Parameters = parameters;
        Doubts = doubts;
        Missing = missing;
    }

    public IReadOnlyList<FactUse> Facts { get; }
    public IReadOnlyList<ParameterUse> Parameters { get; }

    /// <summary>FactUse (stale), ParameterUse (unverified) or JudgementUse items.</summary>
    public IReadOnlyList<object> Doubts { get; }
    public IReadOnlyList<string> Missing { get; }
    public IReadOnlyList<ParameterGap> Gaps { get; }

    /// <summary>Rests on a stale fact or an unverified parameter.</summary>
    public bool IsDoubtful => Doubts.Any(d => d is not JudgementUse);

    /// <summary>Rests on another right that a worker still has to judge.</summary>
    public bool IsJudged => Doubts.Any(d => d is JudgementUse);

    public static Trace OfJudgement(string right) => new([], [], [new JudgementUse(right)], []);

    public static Trace OfFact(string path, DateOnly? asOf, bool stale)
    {
        var use = new FactUse(path, asOf, stale);
        return new Trace([use], [], stale ? [use] : [], []);
    }

    public static Trace OfMissing(string path) => new([], [], [], [path]);

    public static Trace OfGap(ParameterGap gap) => new([], [], [], [], [gap]);

    public static Trace OfParameter(ParameterUse use) => new([], [use], use.Verified ? [] : [use], []);

    /// <summary>Everything of every part: for operations that use all their operands.</summary>
    public static Trace All(IEnumerable<Trace> parts, bool known)
    {
        var list = parts.Where(p => !ReferenceEquals(p, Empty)).ToList();
        if (list.Count == 0) return Empty;
        if (list.Count == 1 && (!known || (list[0].Missing.Count == 0 && list[0].Gaps.Count == 0))) return list[0];
        return new Trace(
            list.SelectMany(p => p.Facts).Distinct().ToList(),
            list.SelectMany(p => p.Parameters).Distinct().ToList(),
            list.SelectMany(p => p.Doubts).Distinct().ToList(),
            known ? [] : list.SelectMany(p => p.Missing).Distinct().ToList(),
            known ? [] : list.SelectMany(p => p.Gaps).Distinct().ToList());
    }

    /// <summary>
    /// Kleene and (isAnd) or or over parts with values. When a decisive value (false for and, true for or)
    /// decides, the result rests only on the decisive parts, and is doubtful only when every one of them is:
    /// one fresh decisive fact is enough. Otherwise it rests on every part that is not decisive-opposite.
    /// </summary>
    public static (long Value, Trace Trace) Combine(bool isAnd, IReadOnlyList<(long Value, Trace Trace)> parts)
    {
        long decisive = isAnd ? Value.False : Value.True;
        long result = isAnd ? Value.True : Value.False;
        foreach (var (v, _) in parts)
            result = isAnd ? Ops.And(result, v) : Ops.Or(result, v);

        if (result == decisive)
        {
            var deciding = parts.Where(p => p.Value == decisive).Select(p => p.Trace).ToList();
            var all = All(deciding, known: true);
            // Each kind of doubt survives only if every deciding part has it (bit by bit in the population evaluator).
            bool stale = deciding.All(t => t.IsDoubtful), judged = deciding.All(t => t.IsJudged);
            var doubts = all.Doubts.Where(d => d is JudgementUse ? judged : stale).ToList();
            return (result, new Trace(all.Facts, all.Parameters, doubts, []));
        }
        // True for and / false for or uses every part; unknown rests on the parts that are not decisive,
        // which here are all parts (none is decisive).
        return (result, All(parts.Select(p => p.Trace), known: result != Value.Unknown));
    }
}
