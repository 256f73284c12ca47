using System.Collections.Frozen;

namespace TakeUp.Rules.Facts;

/// <summary>
/// The wire names of the contract's value sets ("private-rent", "leefloon-equivalent"). Rules name values
/// the way the contract does, so a rule reads like the data it is applied to.
/// </summary>
public static class Codes
{
    public static string Name<T>(T value) where T : struct, Enum => Table<T>.Names[Convert.ToInt32(value)];

    public static bool TryParse<T>(string name, out T value) where T : struct, Enum =>
        Table<T>.ByName.TryGetValue(name, out value);

    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => Table<T>.Names;

    public static string Name(FactSource source) => Name<FactSource>(source);

    private static class Table<T> where T : struct, Enum
    {
        public static readonly string[] Names = Enum.GetValues<T>().Select(v => Kebab(v.ToString())).ToArray();

        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => Kebab(v.ToString()), StringComparer.Ordinal);
    }

    /// <summary>PascalCase to kebab-case: SocialRent → social-rent, Incapacity65 → incapacity-65.</summary>
    internal static string Kebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            bool boundary = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(pascal[i - 1])));
            if (boundary) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
