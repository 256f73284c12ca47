using TakeUp.Rules.Binding;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// What the fused kernel reads and writes, as plain fields it loads into locals once per chunk: the
/// population's columns, the result columns, and the spill slots of one thread (a value per member of the
/// household in hand, for values a later stage or another member reads). One frame per thread.
/// </summary>
internal sealed class KernelFrame
{
    public KernelFrame(Population population, PopulationResult result, int rights, int spillSlots, int largestHousehold,
        long[][] truthValues, int[][] truthFlags)
    {
        TruthValues = truthValues;
        TruthFlags = truthFlags;
        Population = population;
        MemberStart = population.MemberStart;
        Reference = population.Reference;
        MemberValues = population.Members.Select(c => c.Values).ToArray();
        MemberAsOf = population.Members.Select(c => c.AsOf).ToArray();
        var household = new[] { population.Tenure, population.CollectiveHeating, population.HeatingFuel, population.MonthlyRent, population.WaitingListSince };
        HouseholdValues = Enum.GetValues<HouseholdField>().Select(f => household[(int)f].Values).ToArray();
        HouseholdAsOf = Enum.GetValues<HouseholdField>().Select(f => household[(int)f].AsOf).ToArray();
        StatusesKnown = population.StatusesKnown;
        StatusStart = population.StatusStart;
        StatusCode = population.StatusCode;
        StatusSince = population.StatusSince;
        StatusUntil = population.StatusUntil;
        StatusAsOf = population.StatusAsOf;
        IncomesKnown = population.IncomesKnown;
        IncomeStart = population.IncomeStart;
        IncomeKind = population.IncomeKind;
        IncomeYear = population.IncomeYear;
        IncomeGross = population.IncomeGross;
        IncomeNet = population.IncomeNet;
        IncomeAsOf = population.IncomeAsOf;
        var columns = Enumerable.Range(0, rights).Select(result.Right).ToArray();
        Decisions = columns.Select(c => c.Decisions).ToArray();
        Amounts = columns.Select(c => c.Amounts ?? []).ToArray();
        SpillValues = Enumerable.Range(0, spillSlots).Select(_ => new long[largestHousehold]).ToArray();
        SpillFlags = Enumerable.Range(0, spillSlots).Select(_ => new int[largestHousehold]).ToArray();
    }

    public readonly Population Population;
    public readonly int[] MemberStart;
    public readonly int[] Reference;

    /// <summary>Member facts by MemberField: values and as_of day numbers.</summary>
    public readonly long[][] MemberValues;
    public readonly int[][] MemberAsOf;

    /// <summary>Household facts by HouseholdField.</summary>
    public readonly long[][] HouseholdValues;
    public readonly int[][] HouseholdAsOf;

    /// <summary>Status periods and incomes, as in Population.</summary>
    public readonly bool[] StatusesKnown;
    public readonly int[] StatusStart, StatusCode, StatusSince, StatusUntil, StatusAsOf;
    public readonly bool[] IncomesKnown;
    public readonly int[] IncomeStart, IncomeKind, IncomeYear, IncomeAsOf;
    public readonly long[] IncomeGross, IncomeNet;

    /// <summary>Result columns by right (evaluation order): packed decisions (PopulationResult.RightColumns.Pack), amounts (empty for a right without one).</summary>
    public readonly byte[][] Decisions;
    public readonly long[][] Amounts;

    /// <summary>
    /// By right: its truth and flags for entitled(), per row of the population, for rights decided by one loop
    /// and read by a later one (empty for the others). Shared by all threads; each writes its own rows.
    /// </summary>
    public readonly long[][] TruthValues;
    public readonly int[][] TruthFlags;

    /// <summary>The households of the last chunk the speculative kernel could not decide (a fact carries a flag).</summary>
    public readonly List<int> Redo = [];

    /// <summary>How many households the speculative kernel ran for, and how many of them the general kernel redid.</summary>
    public long Speculated, Redone;

    /// <summary>Chunks still to run with the general kernel alone, after one where the speculative kernel redid many households.</summary>
    public int GeneralOnly;

    /// <summary>Per spill slot, a value and its flags per member of the current household (index: person − first person).</summary>
    public readonly long[][] SpillValues;
    public readonly int[][] SpillFlags;
}
