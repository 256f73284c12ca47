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

    public IEnumerator<T> GetEnumerator()
    {
        int left = Count;
        foreach (var block in _blocks)
            for (int i = 0; i < block.Length && left > 0; i++, left--)
                yield return block[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
