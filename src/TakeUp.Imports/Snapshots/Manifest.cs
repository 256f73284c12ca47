using System.Text.Json;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Snapshots;

public sealed record ManifestFile(long Rows, string Sha256);

/// <summary>A snapshot's manifest.json: which municipality, which day, and each file's row count and SHA-256.</summary>
public sealed record Manifest(string Municipality, DateOnly ExtractedOn, IReadOnlyDictionary<string, ManifestFile> Files)
{
    /// <summary>Reads and checks a manifest; every problem goes to <paramref name="problems"/> and the result is then null.</summary>
    internal static Manifest? Read(byte[] bytes, ProblemList problems)
    {
        const string file = SnapshotFormat.ManifestFile;
        int before = problems.Count;
        var chars = new char[bytes.Length];
        var text = StrictUtf8.Decode(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes, ref chars, out int bad);
        if (text is null)
        {
            problems.Add(file, 0, null, $"at byte offset {bad}: {StrictUtf8.Describe(bytes[bad])}");
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            problems.Add(file, (int)(e.LineNumber ?? 0) + 1, null, "is not valid JSON: " + e.Message);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(file, 0, null, "must be a JSON object");
                return null;
            }
            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("format" or "municipality" or "extracted_on" or "files"))
                    problems.Add(file, 0, property.Name, "unknown field");

            string? format = String(root, "format", problems);
            if (format is not null && format != SnapshotFormat.Version)
                problems.Add(file, 0, "format", $"must be \"{SnapshotFormat.Version}\", got \"{Values.Shorten(format)}\"");
            string? municipality = String(root, "municipality", problems);
            if (municipality is not null && Values.NisProblem(municipality) is { } nisProblem)
                problems.Add(file, 0, "municipality", nisProblem);
            DateOnly extracted = default;
            if (String(root, "extracted_on", problems) is { } dateText && !Values.TryParseDate(dateText, out extracted, out var dateProblem))
                problems.Add(file, 0, "extracted_on", dateProblem!);

            var files = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
            if (!root.TryGetProperty("files", out var filesElement) || filesElement.ValueKind != JsonValueKind.Object)
                problems.Add(file, 0, "files", "is required: an object with each CSV file's rows and sha256");
            else
            {
                foreach (var entry in filesElement.EnumerateObject())
                {
                    string field = "files." + entry.Name;
                    if (!SnapshotFormat.DataFiles.Contains(entry.Name))
                    {
                        problems.Add(file, 0, field, $"unknown file; a snapshot has {string.Join(", ", SnapshotFormat.DataFiles)}");
                        continue;
                    }
                    var value = entry.Value;
                    if (value.ValueKind != JsonValueKind.Object
                        || !value.TryGetProperty("rows", out var rows) || !rows.TryGetInt64(out long count) || count < 0
                        || !value.TryGetProperty("sha256", out var sha) || sha.ValueKind != JsonValueKind.String
                        || sha.GetString() is not { Length: 64 } hash || hash.AsSpan().ContainsAnyExcept("0123456789abcdef"))
                    {
                        problems.Add(file, 0, field, "must be {\"rows\": a count, \"sha256\": 64 lower-case hex digits}");
                        continue;
                    }
                    files[entry.Name] = new ManifestFile(count, hash);
                }
                foreach (var name in SnapshotFormat.DataFiles)
                    if (!files.ContainsKey(name) && !filesElement.TryGetProperty(name, out _))
                        problems.Add(file, 0, "files." + name, "is missing: every snapshot lists all four files");
            }
            return problems.Count == before ? new Manifest(municipality!, extracted, files) : null;
        }
    }

    private static string? String(JsonElement root, string name, ProblemList problems)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
        problems.Add(SnapshotFormat.ManifestFile, 0, name, "is required (a string)");
        return null;
    }
}
