using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;

namespace TakeUp.Peer;

/// <summary>
/// The toy law written by hand in plain C# loops, over the same columns the engine reads (what the loader
/// filled): one pass over each household's members, the fastest honest baseline we could write. The peer files
/// cannot say "unknown" (the loader refuses a missing value), so unlike the engine this loop has no third truth
/// value and no doubt flags to carry: it is what an IT department would write for these files.
/// </summary>
public static class PeerByHand
{
    /// <param name="threads">1 for the plain loop; more splits the households into as many ranges.</param>
    public static PeerOutputs Evaluate(Population population, DateOnly date, PeerParameters parameters, int threads = 1)
    {
        var outputs = PeerOutputs.Allocate(population.PersonCount, population.HouseholdCount);
        int households = population.HouseholdCount;
        if (threads <= 1) Range(population, date, parameters, outputs, 0, households);
        else
        {
            int step = (households + threads - 1) / threads;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads },
                t => Range(population, date, parameters, outputs, t * step, Math.Min(households, (t + 1) * step)));
        }
        return outputs;
    }

    private static void Range(Population p, DateOnly date, PeerParameters law, PeerOutputs o, int firstHousehold, int endHousehold)
    {
        if (firstHousehold >= endHousehold) return;
        int day = date.DayNumber, year = date.Year, month = date.Month, dayOfMonth = date.Day;
        int incomeYear = PeerLaw.IncomeYear(date);
        long vtBase = Value.Number((int)law.VtBase), vtPer = Value.Number((int)law.VtPerAdditionalMember);
        long heatingBase = Value.Number((int)law.HeatingBase), heatingPer = Value.Number((int)law.HeatingPerAdditionalMember);
        long oil = (long)HeatingFuel.HeatingOil;
        var memberStart = p.MemberStart;
        var birth = p.Members[(int)Rules.Binding.MemberField.BirthDate].Values;
        var (statusStart, statusCode, since, until) = (p.StatusStart, p.StatusCode, p.StatusSince, p.StatusUntil);
        var (incomeStart, incomeYears, gross) = (p.IncomeStart, p.IncomeYear, p.IncomeGross);
        var fuel = p.HeatingFuel.Values;
        var (age, uitpas) = (o.Age, o.UitpasReduced);

        for (int h = firstHousehold; h < endHousehold; h++)
        {
            int first = memberStart[h], end = memberStart[h + 1];
            long income = 0;
            bool leefloon = false, igo = false;
            for (int m = first; m < end; m++)
            {
                for (int k = incomeStart[m]; k < incomeStart[m + 1]; k++)
                    if (incomeYears[k] == incomeYear) income += gross[k];
                bool debt = false;
                for (int s = statusStart[m]; s < statusStart[m + 1]; s++)
                {
                    if (since[s] > day || day > until[s]) continue;
                    switch ((StatusCode)statusCode[s])
                    {
                        case StatusCode.Leefloon: leefloon = true; break;
                        case StatusCode.Igo: igo = true; break;
                        case StatusCode.DebtMediation: debt = true; break;
                    }
                }
                uitpas[m] = debt ? (byte)1 : (byte)0;
                var born = DateOnly.FromDayNumber((int)birth[m]);
                int years = year - born.Year;
                if (month < born.Month || (month == born.Month && dayOfMonth < born.Day)) years--;
                age[m] = years;
            }
            int others = end - first - 1;
            bool vt = leefloon || igo || income <= vtBase + vtPer * others;
            o.Vt[h] = vt ? (byte)1 : (byte)0;
            o.SocialEnergyTariff[h] = vt || leefloon ? (byte)1 : (byte)0;
            o.HeatingAllowance[h] = fuel[h] == oil && income <= heatingBase + heatingPer * others ? (byte)1 : (byte)0;
            if (vt)
                for (int m = first; m < end; m++) uitpas[m] = 1;
        }
    }
}
