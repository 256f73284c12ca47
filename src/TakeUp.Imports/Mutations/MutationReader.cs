using System.Security.Cryptography;
using System.Text.Json;
using TakeUp.Contract.Situations;
using TakeUp.Data.Register;
using TakeUp.Imports.Register;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Mutations;

/// <summary>A mutations file read and checked line by line.</summary>
internal sealed record MutationsContent(string Sha256, DateOnly CreatedOn, List<Operation> Operations);

/// <summary>
/// Reads a mutations file (JSON lines, docs/data-formats.md) as a stream: strict UTF-8 per line with the byte
/// offset of a bad byte, the header, every operation's fields and values, and the trailer with the operation
/// count, so that a truncated file is recognised. File-level problems end with a null result; an operation's own
/// problems stay with it.
/// </summary>
internal sealed class MutationReader(string path, string municipality, ProblemList problems)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false, MaxDepth = 8 };
    private readonly string _file = Path.GetFileName(path);
    private DateOnly _createdOn;

    /// <summary>Only the file's SHA-256: its identity, to recognise a file already applied before reading it.</summary>
    public static string Identity(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public MutationsContent? Read()
    {
        if (!File.Exists(path))
        {
            problems.Add(_file, 0, null, "no such file");
            return null;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new HashingLineReader(File.OpenRead(path), hash);
        var operations = new List<Operation>();
        char[] chars = new char[1024];
        int line = 0;
        bool header = false;
        int? trailerCount = null;
        int trailerLine = 0;
        while (stream.ReadLine() is { } bytes)
        {
            line++;
            var span = bytes.Span;
            if (line == 1 && span.StartsWith("\uFEFF"u8)) span = span[3..];
            string? text = StrictUtf8.Decode(span, ref chars, out int bad);
            if (text is null)
            {
                problems.Add(_file, line, null, $"at byte offset {stream.LineOffset + bad + (span.Length < bytes.Length ? 3 : 0)}: {StrictUtf8.Describe(span[bad])}");
                return null;
            }
            if (trailerCount is not null)
            {
                problems.Add(_file, line, null, $"there is a line after the trailer on line {trailerLine}");
                return null;
            }
            if (text.Length == 0)
            {
                problems.Add(_file, line, null, "empty line (every line must be a JSON object)");
                if (!stream.EndsWithNewline) return null;
                continue;
            }
            if (!header)
            {
                if (!Header(text, line)) return null;
                header = true;
                continue;
            }
            var operation = new Operation(line, text);
            if (Parse(operation, text) is { } count)
            {
                trailerCount = count;
                trailerLine = line;
                continue;
            }
            operations.Add(operation);
        }
        if (!header)
        {
            problems.Add(_file, 0, null, $"the file is empty; the first line must be the header {{\"format\":\"{MutationsFormat.Version}\",…}}");
            return null;
        }
        if (trailerCount is null)
        {
            problems.Add(_file, line, null, "the file ends without the trailer {\"op\":\"end\",\"operations\":N} (truncated?)");
            return null;
        }
        if (trailerCount != operations.Count)
        {
            problems.Add(_file, trailerLine, "operations", $"the trailer says {trailerCount} operations, the file has {operations.Count} (truncated or changed?)");
            return null;
        }
        if (problems.Any) return null;
        stream.ReadToEnd();
        return new MutationsContent(Convert.ToHexStringLower(hash.GetHashAndReset()), _createdOn, operations);
    }

    private bool Header(string text, int line)
    {
        int before = problems.Count;
        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(_file, line, null, "the header must be a JSON object");
                return false;
            }
            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("format" or "municipality" or "created_on"))
                    problems.Add(_file, line, property.Name, "unknown field in the header");
            if (Text(root, "format") != MutationsFormat.Version)
                problems.Add(_file, line, "format", $"must be \"{MutationsFormat.Version}\" (is this a mutations file?)");
            if (Text(root, "municipality") is not { } nis) problems.Add(_file, line, "municipality", "is required");
            else if (nis != municipality) problems.Add(_file, line, "municipality", $"the file is for {Values.Shorten(nis)}, not {municipality}");
            if (Text(root, "created_on") is not { } created) problems.Add(_file, line, "created_on", "is required");
            else if (!Values.TryParseDate(created, out _createdOn, out var problem)) problems.Add(_file, line, "created_on", problem!);
        }
        catch (JsonException e)
        {
            problems.Add(_file, line, null, "the header is not valid JSON: " + e.Message);
        }
        return problems.Count == before;
    }

    /// <summary>Reads one operation into <paramref name="op"/>; returns the count when the line is the trailer.</summary>
    private int? Parse(Operation op, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            Problem(op, null, "is not a valid JSON object: " + e.Message);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem(op, null, "must be a JSON object");
                return null;
            }
            op.Op = Text(root, "op");
            if (op.Op == MutationsFormat.End)
            {
                foreach (var property in root.EnumerateObject())
                    if (property.Name is not ("op" or "operations")) Problem(op, property.Name, "unknown field in the trailer");
                if (!root.TryGetProperty("operations", out var count) || !count.TryGetInt32(out int n) || n < 0)
                {
                    Problem(op, "operations", "the trailer needs the operation count");
                    return -1;
                }
                return n;
            }
            if (op.Op is null || !MutationsFormat.Operations.Contains(op.Op))
            {
                Problem(op, "op", op.Op is null ? "is required" : $"unknown operation \"{Values.Shorten(op.Op)}\"; expected one of {string.Join(", ", MutationsFormat.Operations)}");
                return null;
            }
            var allowed = new HashSet<string>(StringComparer.Ordinal) { "op", "source", "as_of" };
            op.Source = (string?)Value(op, root, "source", Values.Source, required: true);
            op.AsOf = AsOf(op, root, "as_of", required: true);
            switch (op.Op)
            {
                case "upsert-household":
                    op.Household = Id(op, root, "household", required: true);
                    allowed.UnionWith(["household", "housing"]);
                    if (root.TryGetProperty("housing", out var housing))
                        Facts(op, housing, "housing", FactFields.Household, op.Housing);
                    break;
                case "remove-household":
                    op.Household = Id(op, root, "household", required: true);
                    allowed.Add("household");
                    break;
                case "upsert-person":
                    op.Person = Id(op, root, "person", required: true);
                    op.Household = Id(op, root, "household", required: false);
                    allowed.UnionWith(["person", "household", "relation", "partner_kind", "insz", "facts"]);
                    op.HasRelation = root.TryGetProperty("relation", out _);
                    op.Relation = (string?)Value(op, root, "relation", FactFields.Relation, required: false);
                    if (op.HasRelation && op.Relation is null && op.Problems.All(p => p.Field != "relation")) Problem(op, "relation", "cannot be null");
                    op.HasPartnerKind = root.TryGetProperty("partner_kind", out _);
                    op.PartnerKind = (string?)Value(op, root, "partner_kind", FactFields.PartnerKind, required: false);
                    op.HasInsz = root.TryGetProperty("insz", out var insz);
                    if (op.HasInsz && insz.ValueKind == JsonValueKind.String)
                    {
                        if (Insz.Problem(insz.GetString()!) is { } problem) Problem(op, "insz", problem.Replace(insz.GetString()!, "the number"));
                        else op.Insz = insz.GetString();
                    }
                    else if (op.HasInsz && insz.ValueKind != JsonValueKind.Null) Problem(op, "insz", "must be a string of 11 digits or null");
                    if (root.TryGetProperty("facts", out var facts))
                        Facts(op, facts, "facts", FactFields.Person, op.Facts);
                    if (op.Facts.FirstOrDefault(f => f.Field.Name == "birth_date").Value is DateOnly birth && birth > _createdOn)
                        Problem(op, "facts.birth_date", $"{Values.Format(birth)} is after the file's created_on {Values.Format(_createdOn)}");
                    break;
                case "remove-person":
                    op.Person = Id(op, root, "person", required: true);
                    allowed.Add("person");
                    break;
                case "set-statuses":
                    op.Person = Id(op, root, "person", required: true);
                    allowed.UnionWith(["person", "statuses"]);
                    op.Statuses = List(op, root, "statuses", StatusItem);
                    break;
                case "add-status":
                case "end-status":
                    op.Person = Id(op, root, "person", required: true);
                    allowed.UnionWith(["person", "status", "since", "until"]);
                    op.Status = StatusItem(op, root, "", untilRequired: op.Op == "end-status");
                    break;
                case "set-incomes":
                    op.Person = Id(op, root, "person", required: true);
                    allowed.UnionWith(["person", "incomes"]);
                    op.Incomes = List(op, root, "incomes", (o, e, prefix) => IncomeItem(o, e, prefix, amounts: true));
                    break;
                case "upsert-income":
                case "remove-income":
                    op.Person = Id(op, root, "person", required: true);
                    allowed.UnionWith(op.Op == "upsert-income" ? ["person", "kind", "year", "gross_taxable", "net_monthly"] : ["person", "kind", "year"]);
                    op.Income = IncomeItem(op, root, "", amounts: op.Op == "upsert-income");
                    break;
            }
            foreach (var property in root.EnumerateObject())
                if (!allowed.Contains(property.Name)) Problem(op, property.Name, $"unknown field for {op.Op}");
        }
        return null;
    }

    private StatusRow? StatusItem(Operation op, JsonElement element, string prefix) => StatusItem(op, element, prefix, untilRequired: false);

    private StatusRow? StatusItem(Operation op, JsonElement element, string prefix, bool untilRequired)
    {
        int before = op.Problems.Count;
        if (prefix.Length > 0)
            foreach (var property in element.EnumerateObject())
                if (property.Name is not ("status" or "since" or "until")) Problem(op, prefix + property.Name, "unknown field of a status");
        string? status = (string?)Value(op, element, "status", FactFields.Status, required: true, prefix);
        var since = (DateOnly?)Value(op, element, "since", DateSpec.Instance, required: true, prefix);
        var until = (DateOnly?)Value(op, element, "until", DateSpec.Instance, required: untilRequired, prefix);
        if (since is not null && until is not null && until < since)
            Problem(op, prefix + "until", $"{Values.Format(until.Value)} is before since {Values.Format(since.Value)}");
        if (op.Problems.Count > before) return null;
        return new StatusRow { Municipality = municipality, PersonId = op.Person ?? "", Status = status!, Since = since!.Value, Until = until, Source = op.Source, AsOf = op.AsOf };
    }

    private IncomeRow? IncomeItem(Operation op, JsonElement element, string prefix, bool amounts)
    {
        int before = op.Problems.Count;
        if (prefix.Length > 0)
            foreach (var property in element.EnumerateObject())
                if (property.Name is not ("kind" or "year" or "gross_taxable" or "net_monthly")) Problem(op, prefix + property.Name, "unknown field of an income");
        string? kind = (string?)Value(op, element, "kind", FactFields.IncomeKind, required: true, prefix);
        var year = (int?)Value(op, element, "year", FactFields.Year, required: true, prefix);
        decimal? gross = amounts ? (decimal?)Value(op, element, "gross_taxable", FactFields.Income, required: false, prefix) : null;
        decimal? net = amounts ? (decimal?)Value(op, element, "net_monthly", FactFields.Income, required: false, prefix) : null;
        if (op.Problems.Count > before) return null;
        return new IncomeRow { Municipality = municipality, PersonId = op.Person ?? "", Kind = kind!, Year = year!.Value, GrossTaxable = gross, NetMonthly = net, Source = op.Source, AsOf = op.AsOf };
    }

    private List<T>? List<T>(Operation op, JsonElement root, string name, Func<Operation, JsonElement, string, T?> item) where T : class
    {
        if (!root.TryGetProperty(name, out var array))
        {
            Problem(op, name, "is required (an array, or null for unknown)");
            return null;
        }
        if (array.ValueKind == JsonValueKind.Null) return null;
        if (array.ValueKind != JsonValueKind.Array)
        {
            Problem(op, name, "must be an array, or null for unknown");
            return null;
        }
        var list = new List<T>();
        int i = 0;
        foreach (var element in array.EnumerateArray())
        {
            string prefix = $"{name}[{i++}].";
            if (element.ValueKind != JsonValueKind.Object) Problem(op, prefix.TrimEnd('.'), "must be an object");
            else if (item(op, element, prefix) is { } value) list.Add(value);
        }
        return list;
    }

    private void Facts<TRow>(Operation op, JsonElement element, string name, FactField<TRow>[] fields, List<(FactField<TRow>, object?)> into)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(op, name, "must be an object");
            return;
        }
        foreach (var property in element.EnumerateObject())
        {
            var field = fields.FirstOrDefault(f => f.Name == property.Name);
            if (field is null)
            {
                Problem(op, $"{name}.{property.Name}", $"unknown fact; expected one of {string.Join(", ", fields.Select(f => f.Name))}");
                continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Null) { into.Add((field, null)); continue; }
            if (field.Spec.TryParseJson(property.Value, out var value, out var problem)) into.Add((field, value));
            else Problem(op, $"{name}.{property.Name}", problem!);
        }
    }

    private object? Value(Operation op, JsonElement root, string name, ValueSpec spec, bool required, string prefix = "")
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required) Problem(op, prefix + name, "is required");
            return null;
        }
        if (spec.TryParseJson(element, out var value, out var problem)) return value;
        Problem(op, prefix + name, problem!);
        return null;
    }

    private DateOnly? AsOf(Operation op, JsonElement root, string name, bool required)
    {
        var date = (DateOnly?)Value(op, root, name, DateSpec.Instance, required);
        if (date is { } d && d > _createdOn)
        {
            Problem(op, name, $"{Values.Format(d)} is after the file's created_on {Values.Format(_createdOn)}");
            return null;
        }
        return date;
    }

    private string? Id(Operation op, JsonElement root, string name, bool required)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required) Problem(op, name, "is required");
            return null;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            Problem(op, name, "must be a string");
            return null;
        }
        string id = element.GetString()!;
        if (Values.IdProblem(id) is { } problem)
        {
            Problem(op, name, problem);
            return null;
        }
        return id;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void Problem(Operation op, string? field, string reason) => op.Problems.Add(new ImportProblem(_file, op.Line, field, reason));
}
