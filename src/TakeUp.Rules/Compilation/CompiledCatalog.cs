using TakeUp.Rules.Binding;
using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Declarations;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Rules.Compilation;

/// <summary>
/// A catalog ready to evaluate. Rights are kept in evaluation order (each after the rights it depends on);
/// results are listed in the catalog's own order (by right id).
/// </summary>
internal sealed class CompiledCatalog : ICatalog
{
    private readonly int[] _listingOrder;

    public CompiledCatalog(CatalogDeclaration declaration, IReadOnlyList<BoundRight> evaluationOrder, IReadOnlyList<Parameter> parameters)
    {
        Declaration = declaration;
        Ordered = evaluationOrder;
        Parameters = parameters;
        ParameterPaths = parameters.Select(p => p.Path).Order(StringComparer.Ordinal).ToList();
        _listingOrder = Enumerable.Range(0, evaluationOrder.Count).OrderBy(i => evaluationOrder[i].Id, StringComparer.Ordinal).ToArray();
        Rights = _listingOrder.Select(i => evaluationOrder[i])
            .Select(r => new RightInfo(r.Id, r.IsPersonLevel, new Dictionary<Language, string>
            {
                [Language.Nl] = r.Declaration.Name.Nl, [Language.Fr] = r.Declaration.Name.Fr, [Language.En] = r.Declaration.Name.En,
            }))
            .ToList();
    }

    public CatalogDeclaration Declaration { get; }

    /// <summary>Rights in evaluation order.</summary>
    public IReadOnlyList<BoundRight> Ordered { get; }

    public IReadOnlyList<Parameter> Parameters { get; }

    public string Name => $"{Declaration.Id}@{Declaration.Version}";

    public IReadOnlyList<RightInfo> Rights { get; }

    public IReadOnlyList<string> ParameterPaths { get; }

    /// <summary>With the fused kernel for the date (compiled on first use, then kept).</summary>
    public Populations.PopulationResult Evaluate(Populations.Population population, DateOnly date, int? maxThreads = null) =>
        Populations.Fusion.FusedEvaluator.Evaluate(Kernel(date), this, population, date, maxThreads);

    /// <summary>With the column-by-column evaluator, node by node: the reference the fused kernel is tested against.</summary>
    internal Populations.PopulationResult EvaluateByColumns(Populations.Population population, DateOnly date, int? maxThreads = null) =>
        Populations.PopulationEvaluator.Evaluate(this, population, date, maxThreads);

    public IReadOnlyList<ParameterChange> ParameterChanges(string rightId, DateOnly before, DateOnly after)
    {
        var right = Ordered.FirstOrDefault(r => r.Id == rightId)
                    ?? throw new ArgumentException($"no right '{rightId}' in {Name}", nameof(rightId));
        long from = Value.Date(before), to = Value.Date(after);
        return Catalogs.CatalogCompiler.Roots(right)
            .SelectMany(BoundTree.Descendants)
            .OfType<Binding.Nodes.BoundParameter>()
            .Select(node => node.Parameter)
            .Distinct()
            .Select(p => (Parameter: p, Before: p.ValueAt(p.IndexOn(from)), After: p.ValueAt(p.IndexOn(to))))
            .Where(p => p.Before != p.After)
            .Select(p => new ParameterChange(p.Parameter.Path, Decimal(p.Before), Decimal(p.After),
                p.Parameter.Declaration.Unit, p.Parameter.Declaration.Legal))
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .ToList();

        static decimal? Decimal(long value) => value == Value.Unknown ? null : Value.ToDecimal(value);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, Lazy<Populations.Fusion.FusedKernel>> _kernels = new();

    /// <summary>The fused kernel for a date; a few dates are kept (a kernel holds that date's constants).</summary>
    internal Populations.Fusion.FusedKernel Kernel(DateOnly date)
    {
        if (_kernels.Count > 16) _kernels.Clear();
        return _kernels.GetOrAdd(date, d => new Lazy<Populations.Fusion.FusedKernel>(() => Populations.Fusion.FusedKernel.Compile(this, d))).Value;
    }

    public HouseholdResult Evaluate(Household household, DateOnly date, Language language)
    {
        var context = new HouseholdContext(household, date, Ordered.Count);
        var explainer = new Explainer(context);
        var byRight = new List<RightResult>[Ordered.Count];
        for (int r = 0; r < Ordered.Count; r++)
        {
            var right = Ordered[r];
            context.FreshSince = right.Plan.FreshSince(date);
            int beneficiaries = right.IsPersonLevel ? household.Members.Count : 1;
            context.Results[r] = new (long, Trace)[beneficiaries];
            byRight[r] = new List<RightResult>(beneficiaries);
            for (int b = 0; b < beneficiaries; b++)
            {
                var (result, truth) = Explain(right, explainer, context, right.IsPersonLevel ? b : -1, language);
                context.Results[r][b] = truth;
                byRight[r].Add(result);
            }
        }
        var results = _listingOrder.SelectMany(i => byRight[i]).ToList();
        return new HouseholdResult(household.Id, date, Name, results);
    }

    private static (RightResult, (long, Trace)) Explain(BoundRight right, Explainer explainer, HouseholdContext context, int beneficiary, Language language)
    {
        string who = beneficiary < 0 ? "household" : context.Members[beneficiary].Id;
        var row = new Row(beneficiary, -1);
        var date = context.Date;
        if (!right.InForceOn(date))
        {
            var because = new Reason(Phrases.NotInForce(language, date), right.Declaration.Legal, []);
            return (new RightResult(right.Id, who, Outcome.NotEligible, RightAction.None, [], [], null, [because]), (Value.False, Trace.Empty));
        }

        var conditions = right.Conditions.Where(c => c.AppliesOn(date)).Select(c => (Rule: c, Result: explainer.Eval(c.When, row))).ToList();
        var grounds = right.Grounds.Where(g => g.AppliesOn(date)).Select(g => (Rule: g, Result: explainer.Eval(g.When, row))).ToList();
        var all = Trace.Combine(true, conditions.Select(c => c.Result).ToList());
        var any = grounds.Count == 0 ? (Value.False, Trace.Empty) : Trace.Combine(false, grounds.Select(g => g.Result).ToList());
        var (value, trace) = Trace.Combine(true, [all, any]);

        int ground = OutcomeRules.DecidingGround(grounds.Select(g => (g.Result.Value, g.Rule.Declaration.Judgement is not null || g.Result.Trace.IsJudged)).ToList());
        // A result that holds rests on the conditions and the ground that decided its action, not on other
        // grounds that happen to hold too: a fresh income route must not hide a stale status route's grant.
        if (value == Value.True) trace = Trace.All([all.Item2, grounds[ground].Result.Trace], known: true);
        int groundIndex = ground < 0 ? -1 : right.Grounds.ToList().IndexOf(grounds[ground].Rule);
        (long Value, Trace Trace)? amount = null;
        if (value == Value.True && right.Amount is not null) amount = explainer.Eval(right.Amount, row);
        bool amountKnown = amount is { Value: not Value.Unknown };
        bool doubtful = trace.IsDoubtful || (amountKnown && amount!.Value.Trace.IsDoubtful);
        bool judged = value == Value.True && trace.IsJudged;
        bool lawGapOnly = value == Value.Unknown && trace.Missing.Count == 0 && trace.Gaps.Count > 0;
        var (outcome, action) = OutcomeRules.Decide(right.Plan, value, groundIndex, doubtful, judged, lawGapOnly);

        var reasons = new List<Reason>();
        string Text(BoundRule rule) => rule.Declaration.Text.In(language);
        Reason Line(BoundRule rule, string text, Trace t) =>
            new(text, rule.Declaration.Legal, t.Facts.Select(f => f.Path).Distinct().ToList());

        if (value == Value.False)
        {
            var failed = conditions.Where(c => c.Result.Value == Value.False).ToList();
            if (failed.Count > 0) reasons.AddRange(failed.Select(c => Line(c.Rule, Phrases.NotMet(language, Text(c.Rule)), c.Result.Trace)));
            else reasons.AddRange(grounds.Select(g => Line(g.Rule, Phrases.NotMet(language, Text(g.Rule)), g.Result.Trace)));
        }
        else if (value == Value.Unknown)
        {
            reasons.AddRange(conditions.Where(c => c.Result.Value == Value.Unknown)
                .Select(c => Line(c.Rule, Phrases.NotKnown(language, Text(c.Rule)), c.Result.Trace)));
            if (any.Item1 == Value.Unknown)
                reasons.AddRange(grounds.Where(g => g.Result.Value == Value.Unknown)
                    .Select(g => Line(g.Rule, Phrases.NotKnown(language, Text(g.Rule)), g.Result.Trace)));
        }
        else
        {
            reasons.AddRange(conditions.Select(c => Line(c.Rule, Text(c.Rule), c.Result.Trace)));
            var decided = grounds[ground];
            reasons.Add(Line(decided.Rule, Text(decided.Rule), decided.Result.Trace));
            if (decided.Rule.Declaration.Judgement is { } judgement)
                reasons.Add(new Reason(Phrases.Judgement(language, judgement.In(language)), decided.Rule.Declaration.Legal, []));
        }

        var doubts = trace.Doubts.Concat(amountKnown && value == Value.True ? amount!.Value.Trace.Doubts : []).Distinct().ToList();
        var stale = doubts.OfType<FactUse>().Where(f => f.AsOf is not null)
            .Select(f => new StaleFact(f.Path, f.AsOf!.Value, date.DayNumber - f.AsOf!.Value.DayNumber))
            .DistinctBy(f => f.Fact).ToList();
        if (stale.Count > 0 && value == Value.True) reasons.Add(new Reason(Phrases.Stale(language), null, stale.Select(s => s.Fact).ToList()));
        foreach (var p in doubts.OfType<ParameterUse>().DistinctBy(p => p.Path))
            reasons.Add(new Reason(Phrases.Unverified(language, p.Path, p.From), null, []));
        if (value == Value.Unknown)
            foreach (var gap in trace.Gaps.DistinctBy(g => g.Path))
                reasons.Add(new Reason(Phrases.LawNotEncoded(language, gap.Path, gap.On), null, []));
        if (judged)
            foreach (var j in trace.Doubts.OfType<JudgementUse>().Distinct())
                reasons.Add(new Reason(Phrases.DependsOnJudgement(language, j.Right), null, []));

        Amount? money = outcome is Outcome.Eligible or Outcome.LikelyEligible && amountKnown
            ? new Amount(OutcomeRules.ToCents(amount!.Value.Value), right.Declaration.Amount!.Unit)
            : null;
        var missing = value == Value.Unknown ? trace.Missing.Distinct().ToList() : [];
        var result = new RightResult(right.Id, who, outcome, action, missing, stale, money, reasons);
        var truth = outcome == Outcome.LikelyEligible ? Trace.All([trace, Trace.OfJudgement(right.Id)], known: true) : trace;
        return (result, (OutcomeRules.AsTruth(outcome), truth));
    }
}
