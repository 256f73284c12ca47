using System.Text.Json;

namespace TakeUp.Contract.Situations;

/// <summary>
/// The properties of one JSON object and its path. A property whose value is null counts as absent:
/// the contract makes absent and null mean the same (unknown). Names not asked for are ignored, so the
/// contract can grow optional fields without breaking older readers.
/// </summary>
internal sealed class Fields(IReadOnlyDictionary<string, JsonElement> byName, string path)
{
    public string Path { get; } = path;

    public JsonElement? Get(string name) =>
        byName.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public bool Has(string name) => byName.ContainsKey(name);

    public string PathOf(string name) => PathOf(Path, name);

    public static string PathOf(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}[{JsonSerializer.Serialize(name)}]";
}
