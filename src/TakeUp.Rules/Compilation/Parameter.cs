using TakeUp.Rules.Declarations;
using TakeUp.Rules.Evaluation;

namespace TakeUp.Rules.Compilation;

/// <summary>
/// A parameter ready for look-ups by date: the value that holds on a date is the last one whose "from" is
/// not after it. Before the first value, or from a null value on, the law is not encoded: unknown.
/// </summary>
internal sealed class Parameter
{
    private readonly int[] _from;
    private readonly long[] _values;
    private readonly bool[] _verified;

    public Parameter(ParameterDeclaration declaration)
    {
        Declaration = declaration;
        _from = declaration.Values.Select(v => v.From.DayNumber).ToArray();
        _values = declaration.Values.Select(v => v.Value is { } d ? Value.Number(d) : Value.Unknown).ToArray();
        _verified = declaration.Values.Select(v => v.Verified).ToArray();
    }

    public ParameterDeclaration Declaration { get; }

    public string Path => Declaration.Path;

    /// <summary>The index of the dated value in force on a day, or -1.</summary>
    public int IndexOn(long day)
    {
        if (day == Value.Unknown) return -1;
        int lo = 0, hi = _from.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_from[mid] <= day) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    public long ValueAt(int index) => index < 0 ? Value.Unknown : _values[index];

    /// <summary>A value that is unknown needs no doubt of its own: being unknown already stops a grant.</summary>
    public bool IsDoubtful(int index) => index >= 0 && _values[index] != Value.Unknown && !_verified[index];
}
