namespace TakeUp.Rules.Evaluation;

/// <summary>
/// Whether status periods together cover a span of days without a gap. A decision renewed the day after
/// the previous one ended is one uninterrupted period in the law's eyes ("3 full consecutive months"), even
/// though the data hold two records. Shared by both evaluators.
/// </summary>
internal static class Coverage
{
    /// <param name="since">first day of each period</param>
    /// <param name="until">last day of each period (int.MaxValue when open-ended); both ends belong to the period</param>
    /// <param name="count">how many periods to consider; the spans are reordered in place</param>
    public static bool Covers(Span<int> since, Span<int> until, int count, int from, int to)
    {
        // Few periods per person: an insertion sort by start is enough.
        for (int i = 1; i < count; i++)
        {
            int s = since[i], u = until[i], j = i - 1;
            while (j >= 0 && since[j] > s) { since[j + 1] = since[j]; until[j + 1] = until[j]; j--; }
            since[j + 1] = s;
            until[j + 1] = u;
        }
        long covered = from; // the first day not yet covered
        for (int i = 0; i < count && covered <= to; i++)
        {
            if (since[i] > covered) return false;
            covered = Math.Max(covered, (long)until[i] + 1);
        }
        return covered > to;
    }
}
