using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Binding;

/// <summary>A value set of the contract: the codes are the enum's numbers, the names its wire names.</summary>
internal sealed record CodeSet(string Name, IReadOnlyList<string> Names)
{
    public static readonly CodeSet Tenure = Of<Facts.Tenure>("tenure");
    public static readonly CodeSet HeatingFuel = Of<Facts.HeatingFuel>("heating fuel");
    public static readonly CodeSet Relation = Of<Facts.Relation>("relation");
    public static readonly CodeSet PartnerKind = Of<Facts.PartnerKind>("partner kind");
    public static readonly CodeSet Residence = Of<Facts.Residence>("residence");
    public static readonly CodeSet Status = Of<StatusCode>("status");
    public static readonly CodeSet IncomeKind = Of<Facts.IncomeKind>("income kind");

    private static CodeSet Of<T>(string name) where T : struct, Enum => new(name, Codes.Names<T>());

    public int IndexOf(string name)
    {
        for (int i = 0; i < Names.Count; i++)
            if (Names[i] == name) return i;
        return -1;
    }
}
