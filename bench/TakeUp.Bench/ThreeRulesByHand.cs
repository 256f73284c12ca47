using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;

namespace TakeUp.Bench;

/// <summary>
/// The three rules of bench/catalogs/three-rules written by hand in plain C#, over the same columns the
/// engine reads, with the same three-valued answers: the fastest honest baseline we could write. No
/// freshness limits apply to these rules, so there are no doubts to track.
/// </summary>
internal static class ThreeRulesByHand
{
    public sealed record Answers(byte[] Vt, byte[] Energy, byte[] Heating);

    private static readonly int[] VtStatuses = [(int)StatusCode.Leefloon, (int)StatusCode.Igo];

    /// <param name="threads">1 for the plain loop; more splits the households into as many ranges.</param>
    public static Answers Evaluate(Population p, DateOnly date, long vtBase, long vtPerMember, long heatingBase, long heatingPerMember, int threads = 1)
    {
        int households = p.HouseholdCount;
        var answers = new Answers(new byte[households], new byte[households], new byte[households]);
        if (threads == 1) Range(p, date, vtBase, vtPerMember, heatingBase, heatingPerMember, answers, 0, households);
        else
        {
            int step = (households + threads - 1) / threads;
            Parallel.For(0, threads, t => Range(p, date, vtBase, vtPerMember, heatingBase, heatingPerMember, answers,
                t * step, Math.Min(households, (t + 1) * step)));
        }
        return answers;
    }

    private static void Range(Population p, DateOnly date, long vtBase, long vtPerMember, long heatingBase, long heatingPerMember,
        Answers answers, int firstHousehold, int endHousehold)
    {
        int day = date.DayNumber;
        int incomeYear = date.Year - 2;
        var (vt, energy, heating) = (answers.Vt, answers.Energy, answers.Heating);
        long oil = (long)HeatingFuel.HeatingOil;
        for (int h = firstHousehold; h < endHousehold; h++)
        {
            int first = p.MemberStart[h], end = p.MemberStart[h + 1];
            int size = end - first;
            long income = 0;
            bool incomeKnown = true;
            long anyVtStatus = Value.False, anyLeefloon = Value.False;
            for (int m = first; m < end; m++)
            {
                long own = IncomeOf(p, m, incomeYear);
                if (own == Value.Unknown) incomeKnown = false;
                else income += own;

                if (!p.StatusesKnown[m])
                {
                    if (anyVtStatus == Value.False) anyVtStatus = Value.Unknown;
                    if (anyLeefloon == Value.False) anyLeefloon = Value.Unknown;
                    continue;
                }
                for (int s = p.StatusStart[m]; s < p.StatusStart[m + 1]; s++)
                {
                    if (p.StatusSince[s] > day || day > p.StatusUntil[s]) continue;
                    int code = p.StatusCode[s];
                    if (code == VtStatuses[0] || code == VtStatuses[1]) anyVtStatus = Value.True;
                    if (code == VtStatuses[0]) anyLeefloon = Value.True;
                }
            }
            long vtIncome = !incomeKnown ? Value.Unknown : Value.Truth(income <= vtBase + vtPerMember * (size - 1));
            long vtResult = Ops.Or(anyVtStatus, vtIncome);
            vt[h] = vtResult == Value.True ? (anyVtStatus == Value.True ? Code(Outcome.Eligible, RightAction.Grant) : Code(Outcome.Eligible, RightAction.Invite))
                : vtResult == Value.False ? Code(Outcome.NotEligible, RightAction.None) : Code(Outcome.Unknown, RightAction.Ask);

            long vtTruth = vtResult == Value.True ? Value.True : vtResult == Value.False ? Value.False : Value.Unknown;
            long energyResult = Ops.Or(vtTruth, anyLeefloon);
            energy[h] = energyResult == Value.True ? Code(Outcome.Eligible, RightAction.Grant)
                : energyResult == Value.False ? Code(Outcome.NotEligible, RightAction.None) : Code(Outcome.Unknown, RightAction.Ask);

            long fuel = p.HeatingFuel.Values[h];
            long isOil = fuel == Value.Unknown ? Value.Unknown : Value.Truth(fuel == oil);
            long heatingIncome = !incomeKnown ? Value.Unknown : Value.Truth(income <= heatingBase + heatingPerMember * (size - 1));
            long heatingResult = Ops.And(isOil, heatingIncome);
            heating[h] = heatingResult == Value.True ? Code(Outcome.Eligible, RightAction.Invite)
                : heatingResult == Value.False ? Code(Outcome.NotEligible, RightAction.None) : Code(Outcome.Unknown, RightAction.Ask);
        }
    }

    public static byte Code(Outcome outcome, RightAction action) => (byte)((int)outcome * 8 + (int)action);

    private static long IncomeOf(Population p, int m, int year)
    {
        if (!p.IncomesKnown[m]) return Value.Unknown;
        int first = p.IncomeStart[m], end = p.IncomeStart[m + 1];
        if (first == end) return 0;
        bool anyOfYear = false;
        long sum = 0;
        for (int k = first; k < end; k++)
        {
            if (p.IncomeYear[k] != year) continue;
            anyOfYear = true;
            long amount = p.IncomeGross[k];
            if (amount == Value.Unknown) return Value.Unknown;
            sum += amount;
        }
        return anyOfYear ? sum : Value.Unknown;
    }
}
