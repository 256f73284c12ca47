namespace TakeUp.Synthetic.Generation;

internal static class Money
{
    /// <summary>
    /// Euros rounded to the cent, built from an integer number of cents so the decimal is exact and does not
    /// depend on how a runtime converts double to decimal.
    /// </summary>
    public static decimal Euros(double amount)
    {
        long cents = (long)Math.Round(amount * 100, MidpointRounding.ToEven);
        return new decimal(cents) / 100m;
    }
}
