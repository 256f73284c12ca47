using System.Collections;

namespace TakeUp.Runs.Running;

/// <summary>
/// An append-only list of values kept in blocks of 65,536: a first run appends millions of entries and states,
/// and a <see cref="List{T}"/> of them would copy everything each time it doubled and hold the old and the new
/// array at once (the compare phase of 1M persons peaked at 3.7 GiB that way, 2.0 GiB with objects).
/// </summary>
internal sealed class Chunks<T> : IReadOnlyList<T>
{
    private const int Shift = 16;
    private const int BlockSize = 1 << Shift;
    private readonly List<T[]> _blocks = [];

    public int Count { get; private set; }

    public void Add(in T item)
    {
        int slot = Count & (BlockSize - 1);
        if (slot == 0) _blocks.Add(new T[BlockSize]);
        _blocks[^1][slot] = item;
        Count++;
    }

    public ref readonly T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return ref _blocks[index >> Shift][index & (BlockSize - 1)];
        }
    }

    T IReadOnlyList<T>.this[int index] => this[index];

    /// <summary>A struct enumerator for <c>foreach</c>: the run's writers go through millions of values.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Boxed().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Boxed().GetEnumerator();

    private IEnumerable<T> Boxed()
    {
        foreach (var item in this) yield return item;
    }

    public struct Enumerator(Chunks<T> chunks)
    {
        private int _index = -1;

        public readonly ref readonly T Current => ref chunks._blocks[_index >> Shift][_index & (BlockSize - 1)];

        public bool MoveNext() => ++_index < chunks.Count;
    }
}
