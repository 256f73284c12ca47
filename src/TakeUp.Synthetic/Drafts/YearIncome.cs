namespace TakeUp.Synthetic.Drafts;

/// <summary>One person's gross taxable income of one year, by kind, in euros (not yet rounded).</summary>
internal struct YearIncome
{
    public double Employment;
    public double SelfEmployed;
    public double Replacement;
    public double Pension;
    public double Maintenance;
    public double Cadastral;

    public readonly double Total => Employment + SelfEmployed + Replacement + Pension + Maintenance + Cadastral;
}
