namespace TakeUp.Runs.Running;

/// <summary>
/// The right_states rows a run compares against, grouped by beneficiary: one look-up per person (or household)
/// finds all of their rights, instead of one hash of a (beneficiary, right) pair per right. A monthly run looks
/// up every stored pair of the municipality (4.6 million for a million residents), which made the pair-keyed
/// dictionary the largest cost of reading and comparing. Rows must be added grouped by beneficiary (the query
/// orders them so).
/// </summary>
internal sealed class StoredStates
{
    private readonly Dictionary<string, (int First, int Count)> _byBeneficiary = new(StringComparer.Ordinal);
    private readonly List<(string Beneficiary, string Right, StoredState State)> _rows = [];
    private bool[] _evaluated = [];

    public int Count => _rows.Count;

    /// <summary>Adds a row; a beneficiary's rows must come one after another.</summary>
    public void Add(string beneficiary, string right, StoredState state)
    {
        if (_rows.Count > 0 && _rows[^1].Beneficiary == beneficiary)
        {
            var range = _byBeneficiary[beneficiary];
            _byBeneficiary[beneficiary] = (range.First, range.Count + 1);
        }
        else if (!_byBeneficiary.TryAdd(beneficiary, (_rows.Count, 1)))
            throw new InvalidOperationException($"the stored states of {beneficiary} did not come one after another");
        _rows.Add((beneficiary, right, state));
    }

    /// <summary>Where a beneficiary's rows are (Count 0 when they have none), for <see cref="Find"/>.</summary>
    public (int First, int Count) Of(string beneficiary) => _byBeneficiary.GetValueOrDefault(beneficiary);

    /// <summary>The index of the beneficiary's row for <paramref name="right"/>, or -1.</summary>
    public int Find((int First, int Count) range, string right)
    {
        for (int i = range.First; i < range.First + range.Count; i++)
            if (ReferenceEquals(_rows[i].Right, right) || _rows[i].Right == right) return i;
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
                yield return (i, _rows[i].Beneficiary, _rows[i].Right, _rows[i].State);
    }
}
