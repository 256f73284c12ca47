using System.Text.Json;

namespace TakeUp.Contract.Situations;

/// <summary>
/// Reads a takeup.situation/v1 document. Every problem is reported, each with the JSON path it is about,
/// so that the CLI, the situation tests and (later) the HTTP API all reject bad input with the same words.
/// </summary>
public static class SituationReader
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static SituationReadResult Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return NotJson(exception);
        }
    }

    public static SituationReadResult Read(Stream utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, Strict);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return NotJson(exception);
        }
    }

    public static SituationReadResult Read(JsonElement document) => new SituationParser().Parse(document);

    private static SituationReadResult NotJson(JsonException exception)
    {
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 5." to its message; say it the human way.
        string reason = exception.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
            reason = reason[..cut];
        reason = reason.TrimEnd('.', ' ');
        string where = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : "";
        return new SituationReadResult(null, [new SituationProblem("$", $"not JSON: {reason}{where}")]);
    }
}
