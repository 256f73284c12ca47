namespace TakeUp.Rules.Populations;

/// <summary>
/// The working columns of one thread, reused from chunk to chunk: a chunk takes buffers in order and gives
/// them all back at its end. Each scope has its own pool, sized for the largest chunk in that scope, so the
/// steady state allocates nothing (ArrayPool.Shared keeps too few arrays per size for hundreds of columns).
/// </summary>
internal sealed class ChunkBuffers(int households, int persons, int pairs)
{
    private readonly Pool _households = new(households);
    private readonly Pool _persons = new(persons);
    private readonly Pool _pairs = new(pairs);

    public Column Column(Binding.Scope scope) => PoolOf(scope).Column();

    /// <summary>An int per row of the scope, plus one (start offsets need it).</summary>
    public int[] Ints(Binding.Scope scope) => PoolOf(scope).Ints();

    public void Reset()
    {
        _households.Reset();
        _persons.Reset();
        _pairs.Reset();
    }

    private Pool PoolOf(Binding.Scope scope) => scope switch
    {
        Binding.Scope.Household => _households,
        Binding.Scope.Person => _persons,
        _ => _pairs,
    };

    private sealed class Pool(int capacity)
    {
        private readonly List<Column> _columns = [];
        private readonly List<int[]> _ints = [];
        private int _nextColumn, _nextInts;

        public Column Column()
        {
            if (_nextColumn == _columns.Count) _columns.Add(new Column(new long[capacity], new byte[capacity]));
            return _columns[_nextColumn++];
        }

        public int[] Ints()
        {
            if (_nextInts == _ints.Count) _ints.Add(new int[capacity + 1]);
            return _ints[_nextInts++];
        }

        public void Reset() => (_nextColumn, _nextInts) = (0, 0);
    }
}
