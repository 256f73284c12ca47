using System.Runtime.CompilerServices;
using TakeUp.Rules.Evaluation;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Binary and/or with the doubt rule of Trace.Combine: a decisive result (false for and, true for or) is
/// doubtful only when every decisive operand is; any other result when any operand is. Applied left to
/// right, this gives the same doubt as the n-ary rule. Doubts are bit flags (see Flags) combined bit by bit,
/// so an operand that does not decide contributes all ones to the "every decisive operand" test.
/// </summary>
internal static class Kleene
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long And(long a, byte da, long b, byte db, out byte doubt)
    {
        long v = Ops.And(a, b);
        doubt = v == Value.False
            ? (byte)((a == Value.False ? da : Flags.All) & (b == Value.False ? db : Flags.All))
            : (byte)(da | db);
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Or(long a, byte da, long b, byte db, out byte doubt)
    {
        long v = Ops.Or(a, b);
        doubt = v == Value.True
            ? (byte)((a == Value.True ? da : Flags.All) & (b == Value.True ? db : Flags.All))
            : (byte)(da | db);
        return v;
    }
}
