using System.Text;

namespace TakeUp.Imports.Tests.Support;

/// <summary>Mutations files for tests: a header, the given operation lines and a trailer with their count.</summary>
internal static class MutationFiles
{
    public const string Header = """{"format":"takeup.mutations/v1","municipality":"44021","created_on":"2025-03-08"}""";

    public static string Write(params string[] operations) => WriteText(Text(operations));

    public static string Text(params string[] operations) =>
        Header + "\n" + string.Concat(operations.Select(o => o + "\n")) + $"{{\"op\":\"end\",\"operations\":{operations.Length}}}\n";

    public static string WriteText(string text) => WriteBytes(Encoding.UTF8.GetBytes(text));

    public static string WriteBytes(byte[] bytes)
    {
        string path = Path.Combine(TestSnapshots.TemporaryFolder(), "mutations.jsonl");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
