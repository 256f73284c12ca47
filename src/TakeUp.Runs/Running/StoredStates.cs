using System.Runtime.InteropServices;

namespace TakeUp.Runs.Running;

/// <summary>
/// The right_states rows a run compares against, chained by beneficiary: one look-up per person (or household)
/// finds all of their rights, instead of one hash of a (beneficiary, right) pair per right. A monthly run looks
/// up every stored pair of the municipality (4.6 million for a million residents), which made the pair-keyed
/// dictionary the largest cost of comparing. Rows may come in any order; rows of one beneficiary that come one
/// after another (the usual case: a run writes them so) need no look-up at all.
/// </summary>
internal sealed class StoredStates
{
    // The rows in blocks (no copy of 1.3 million rows each time a list doubles), their chain links beside them.
    private readonly record struct Row(string Beneficiary, string Right, StoredState State);

    private readonly Dictionary<string, (int First, int Last)> _byBeneficiary = new(StringComparer.Ordinal);
    private readonly Chunks<Row> _rows = new();
    private readonly List<int> _next = [];
    private bool[] _evaluated = [];
    private int _last = -1;

    public int Count => _rows.Count;

    public void Add(string beneficiary, string right, StoredState state)
    {
        int index = _rows.Count;
        _rows.Add(new Row(beneficiary, right, state));
        _next.Add(-1);
        var next = CollectionsMarshal.AsSpan(_next);
        if (_last >= 0 && _rows[_last].Beneficiary == beneficiary)
        {
            next[_last] = index;
            CollectionsMarshal.GetValueRefOrNullRef(_byBeneficiary, beneficiary).Last = index;
        }
        else
        {
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_byBeneficiary, beneficiary, out bool exists);
            if (exists) next[chain.Last] = index;
            else chain.First = index;
            chain.Last = index;
        }
        _last = index;
    }

    /// <summary>The first of a beneficiary's rows (-1 when they have none), for <see cref="Find"/>.</summary>
    public int Of(string beneficiary) => _byBeneficiary.TryGetValue(beneficiary, out var chain) ? chain.First : -1;

    /// <summary>The index of the row for <paramref name="right"/> among the rows starting at <paramref name="first"/>, or -1.</summary>
    public int Find(int first, string right)
    {
        var next = CollectionsMarshal.AsSpan(_next);
        for (int i = first; i >= 0; i = next[i])
        {
            string stored = _rows[i].Right;
            if (ReferenceEquals(stored, right) || stored == right) return i;
        }
        return -1;
    }

    public StoredState this[int index] => _rows[index].State;

    /// <summary>Marks a row as evaluated by this run; the rows never marked belong to people who are gone.</summary>
    public void MarkEvaluated(int index)
    {
        if (_evaluated.Length != _rows.Count) Array.Resize(ref _evaluated, _rows.Count);
        _evaluated[index] = true;
    }

    /// <summary>The rows no evaluation of this run reached, in the order they were added.</summary>
    public IEnumerable<(int Index, string Beneficiary, string Right, StoredState State)> NotEvaluated()
    {
        for (int i = 0; i < _rows.Count; i++)
            if (i >= _evaluated.Length || !_evaluated[i])
            {
                var row = _rows[i];
                yield return (i, row.Beneficiary, row.Right, row.State);
            }
    }
}
