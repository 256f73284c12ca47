using System.Runtime.InteropServices;

namespace TakeUp.Runs.Running;

/// <summary>
/// The right_states rows a run compares against, chained by beneficiary: one look-up per person (or household)
/// finds all of their rights, instead of one hash of a (beneficiary, right) pair per right. A monthly run looks
/// up every stored pair of the municipality (4.6 million for a million residents), which made the pair-keyed
/// dictionary the largest cost of comparing. Rows may come in any order; rows of one beneficiary that come one
/// after another (the usual case: a run writes them so) need no look-up at all.
/// </summary>
internal sealed class StoredStates(int beneficiaries = 0)
{
    // The rows in blocks (no copy of millions of rows each time a list doubles), their chain links beside them.
    private readonly record struct Row(string Beneficiary, string Right, StoredState State);

    // Beneficiary id → its number; its first and last row by number. Sized for the beneficiaries the caller
    // expects: a dictionary of 1.45 million ids that doubles its way there rehashes every id again and again.
    private readonly Dictionary<string, int> _numbers = new(beneficiaries, StringComparer.Ordinal);
    private readonly List<int> _first = new(beneficiaries);
    private readonly List<int> _lastOf = new(beneficiaries);
    private readonly Chunks<Row> _rows = new();
    private readonly List<int> _next = [];
    private bool[] _evaluated = [];
    private int _last = -1, _lastNumber = -1;

    public int Count => _rows.Count;

    /// <summary>
    /// Adds a row. The beneficiary is given as text and becomes a string only the first time it is seen: rows
    /// that PostgreSQL returns in the order a first run wrote them (by stage and right) seldom follow another row
    /// of the same beneficiary, and a string per row was millions of strings made and collected.
    /// </summary>
    public void Add(ReadOnlySpan<char> beneficiary, string right, StoredState state) => Add(beneficiary, null, right, state);

    public void Add(string beneficiary, string right, StoredState state) => Add(beneficiary, beneficiary, right, state);

    /// <param name="asString">The beneficiary as a string when the caller has one (kept instead of a copy).</param>
    private void Add(ReadOnlySpan<char> beneficiary, string? asString, string right, StoredState state)
    {
        int index = _rows.Count;
        _next.Add(-1);
        var next = CollectionsMarshal.AsSpan(_next);
        string key;
        if (_last >= 0 && beneficiary.SequenceEqual(key = _rows[_last].Beneficiary))
        {
            next[_last] = index;
            _lastOf[_lastNumber] = index;
        }
        else if (_numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(beneficiary, out key!, out int number))
        {
            next[_lastOf[number]] = index;
            _lastOf[number] = index;
            _lastNumber = number;
        }
        else
        {
            key = asString ?? beneficiary.ToString();
            _lastNumber = _first.Count;
            _numbers.Add(key, _lastNumber);
            _first.Add(index);
            _lastOf.Add(index);
        }
        _rows.Add(new Row(key, right, state));
        _last = index;
    }

    /// <summary>The first of a beneficiary's rows (-1 when they have none), for <see cref="Find"/>.</summary>
    public int Of(string beneficiary) => _numbers.TryGetValue(beneficiary, out int number) ? _first[number] : -1;

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
