namespace TakeUp.Synthetic.Tests;

internal static class Ages
{
    /// <summary>Completed years on <paramref name="date"/>.</summary>
    public static int On(DateOnly birth, DateOnly date)
    {
        int age = date.Year - birth.Year;
        if (date.Month < birth.Month || (date.Month == birth.Month && date.Day < birth.Day)) age--;
        return age;
    }
}
