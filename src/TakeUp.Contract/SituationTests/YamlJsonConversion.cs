using System.Text.Json.Nodes;

namespace TakeUp.Contract.SituationTests;

/// <summary>
/// A YAML node turned into JSON, with the YAML line of every JSON path in it, so that a problem the
/// situation reader finds at $.household.members[1].insz can be shown at the line where it was written.
/// </summary>
public sealed record YamlJsonConversion(JsonNode? Json, IReadOnlyDictionary<string, int> LineByPath)
{
    /// <summary>The line of the path, or of its nearest ancestor that has one; else the fallback.</summary>
    public int LineOf(string path, int fallback)
    {
        for (string? current = path; current is not null; current = Parent(current))
            if (LineByPath.TryGetValue(current, out int line))
                return line;
        return fallback;
    }

    private static string? Parent(string path)
    {
        int cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : null;
    }
}
