using System.Text;

namespace TakeUp.Data.Storage;

/// <summary>Snake-case names for tables and columns, so that SQL written by hand (reports, benchmarks) reads naturally.</summary>
public static class Naming
{
    public static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            bool boundary = i > 0 && ((char.IsUpper(c) && !char.IsUpper(pascal[i - 1]))
                                      || (char.IsDigit(c) && !char.IsDigit(pascal[i - 1])));
            if (boundary) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Kebab-case wire name of an enum value: GrantedAutomatically → granted-automatically.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum => KebabNames<T>.Of(value);

    /// <summary>Names computed once per enum type: runs write millions of them.</summary>
    private static class KebabNames<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names =
            Enum.GetValues<T>().ToDictionary(v => v, v => Snake(v.ToString()).Replace('_', '-'));

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : Snake(value.ToString()).Replace('_', '-');
    }

    public static T ParseKebab<T>(string name) where T : struct, Enum =>
        Enum.Parse<T>(name.Replace("-", ""), ignoreCase: true);
}
