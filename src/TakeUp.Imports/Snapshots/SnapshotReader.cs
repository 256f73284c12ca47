using System.Security.Cryptography;
using TakeUp.Contract.Situations;
using TakeUp.Data.Register;
using TakeUp.Imports.Register;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Snapshots;

/// <summary>
/// Reads a snapshot folder (docs/data-formats.md) in one streaming pass per file and checks everything: the
/// manifest, every file's encoding, header, field counts, row count and SHA-256, every value, duplicate ids and
/// INSZ numbers, the references between files and the one reference person per household. File-level problems
/// end with a null result; record problems are collected with the records (for strict refusal or quarantine).
/// </summary>
internal sealed class SnapshotReader(string folder, string municipality, ProblemList problems, IProgress<ImportProgress>? progress)
{
    private const int ProgressEvery = 1 << 16;
    private readonly RecordProblems _record = new();
    private readonly Dictionary<string, int> _householdLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _personLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _inszOwners = new(StringComparer.Ordinal);
    private SnapshotContent _content = null!;
    private DateOnly _extractedOn;

    /// <summary>Reads the manifest only: its identity (SHA-256) and content, or null with the problems.</summary>
    public (Manifest Manifest, string Identity)? ReadManifest()
    {
        string path = Path.Combine(folder, SnapshotFormat.ManifestFile);
        if (!File.Exists(path))
        {
            problems.Add(SnapshotFormat.ManifestFile, 0, null, $"is missing: a snapshot folder has {SnapshotFormat.ManifestFile} and the four CSV files");
            return null;
        }
        byte[] bytes = File.ReadAllBytes(path);
        var manifest = Manifest.Read(bytes, problems);
        if (manifest is null) return null;
        if (manifest.Municipality != municipality)
        {
            problems.Add(SnapshotFormat.ManifestFile, 0, "municipality", $"the snapshot is for {manifest.Municipality}, not {municipality}");
            return null;
        }
        return (manifest, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Whether every file is there with the manifest's SHA-256 (hashing only, no parsing); a problem per file that is not.</summary>
    public bool FilesMatch(Manifest manifest)
    {
        bool ok = true;
        foreach (var file in SnapshotFormat.DataFiles)
        {
            string path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                problems.Add(file, 0, null, "is missing from the snapshot folder");
                ok = false;
                continue;
            }
            using var stream = File.OpenRead(path);
            string hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (hash == manifest.Files[file].Sha256) continue;
            problems.Add(file, 0, null, $"SHA-256 is {hash}, the manifest says {manifest.Files[file].Sha256} (truncated or changed after the manifest was written)");
            ok = false;
        }
        return ok;
    }

    /// <summary>The whole snapshot, or null when a file-level problem makes it unusable.</summary>
    public SnapshotContent? Read(Manifest manifest, string identity)
    {
        _content = new SnapshotContent(manifest, identity);
        _extractedOn = manifest.ExtractedOn;
        foreach (var file in SnapshotFormat.DataFiles)
            if (!File.Exists(Path.Combine(folder, file)))
                problems.Add(file, 0, null, "is missing from the snapshot folder");
        if (problems.Any) return null;

        if (!ReadFile(SnapshotFormat.HouseholdsFile, Household)) return null;
        if (!ReadFile(SnapshotFormat.PersonsFile, Person)) return null;
        if (!ReadFile(SnapshotFormat.StatusesFile, Status)) return null;
        if (!ReadFile(SnapshotFormat.IncomesFile, Income)) return null;
        CheckReferencePersons();
        return _content;
    }

    /// <summary>
    /// Reads the files again (they were checked against the manifest) for the raw text of every record of a bad
    /// household, so that quarantine keeps them too; the first pass keeps nothing of good records.
    /// </summary>
    public void CollectDependents(SnapshotContent content)
    {
        var known = content.BadRecords.ToDictionary(r => (r.File, r.Line));
        foreach (var file in SnapshotFormat.DataFiles)
        {
            using var reader = new CsvReader(File.OpenRead(Path.Combine(folder, file)), file);
            var columns = reader.ReadHeader();
            int key = Array.IndexOf(columns, file is SnapshotFormat.HouseholdsFile or SnapshotFormat.PersonsFile ? "household_id" : "person_id");
            bool byPerson = file is SnapshotFormat.StatusesFile or SnapshotFormat.IncomesFile;
            while (reader.TryRead(out var record))
            {
                if (known.TryGetValue((file, record.Line), out var bad))
                {
                    bad.Raw ??= record.Raw;
                    continue;
                }
                if (key >= record.Fields.Length) continue;
                string? household = byPerson ? content.HouseholdOfPerson(record.Fields[key]) : record.Fields[key];
                if (household is null || !content.BadHouseholds.TryGetValue(household, out var cause)) continue;
                content.BadRecords.Add(new BadRecord(file, record.Line, household,
                    [new ImportProblem(file, record.Line, null, $"household {household} is quarantined: {cause}")]) { Raw = record.Raw });
            }
        }
    }

    private bool ReadFile(string file, Action<CsvRecord, int[]> parse)
    {
        string path = Path.Combine(folder, file);
        long length = new FileInfo(path).Length;
        var expected = _content.Manifest.Files[file];
        try
        {
            using var reader = new CsvReader(File.OpenRead(path), file);
            var indices = Header(file, reader.ReadHeader());
            if (indices is null) return false;
            progress?.Report(new ImportProgress("read " + file, 0, length));
            while (reader.TryRead(out var record))
            {
                _content.Records++;
                if (record.Fields.Length != indices.Length)
                {
                    problems.Add(file, record.Line, null, $"has {record.Fields.Length} fields, the header has {indices.Length}");
                    _content.BadRecords.Add(new BadRecord(file, record.Line, null,
                        [new ImportProblem(file, record.Line, null, $"has {record.Fields.Length} fields, the header has {indices.Length}")]) { Raw = record.Raw });
                    continue;
                }
                parse(record, indices);
                if (reader.Records % ProgressEvery == 0) progress?.Report(new ImportProgress("read " + file, reader.BytesRead, length));
            }
            string hash = reader.FinishHash();
            progress?.Report(new ImportProgress("read " + file, length, length));
            bool ok = true;
            if (reader.Records != expected.Rows)
            {
                problems.Add(file, 0, null, $"has {reader.Records} rows, the manifest says {expected.Rows} (truncated or changed after the manifest was written)");
                ok = false;
            }
            if (hash != expected.Sha256)
            {
                problems.Add(file, 0, null, $"SHA-256 is {hash}, the manifest says {expected.Sha256} (truncated or changed after the manifest was written)");
                ok = false;
            }
            return ok;
        }
        catch (ImportFormatException e)
        {
            problems.Add(e.Problem);
            return false;
        }
    }

    /// <summary>For each expected column, its position in the file; null (with problems) when the header is wrong.</summary>
    private int[]? Header(string file, string[] header)
    {
        var expected = SnapshotFormat.Columns(file);
        int before = problems.Count;
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (!expected.Contains(header[i]))
                problems.Add(file, 1, header[i].Length == 0 ? "(empty)" : Values.Shorten(header[i]), "unknown column");
            else if (!positions.TryAdd(header[i], i))
                problems.Add(file, 1, header[i], "column given twice");
        }
        foreach (var column in expected)
            if (!positions.ContainsKey(column))
                problems.Add(file, 1, column, "column is missing from the header");
        return problems.Count == before ? expected.Select(c => positions[c]).ToArray() : null;
    }

    private void Household(CsvRecord record, int[] at)
    {
        const string file = SnapshotFormat.HouseholdsFile;
        var f = record.Fields;
        _record.Clear();
        string id = f[at[0]];
        bool idOk = Id("household_id", id);
        var row = new HouseholdRow { Municipality = municipality, HouseholdId = id };
        int column = 1;
        foreach (var field in FactFields.Household)
        {
            ReadFact(field, row, f[at[column]], f[at[column + 1]], f[at[column + 2]]);
            column += 3;
        }
        if (idOk && !_householdLines.TryAdd(id, record.Line))
            _record.Add("household_id", $"duplicate household_id (first on line {_householdLines[id]})");

        if (!_record.Any)
        {
            _content.Households.Add(id, new RegisterHousehold(row) { Line = record.Line });
            return;
        }
        Bad(file, record, idOk ? id : null);
    }

    private void Person(CsvRecord record, int[] at)
    {
        const string file = SnapshotFormat.PersonsFile;
        var f = record.Fields;
        _record.Clear();
        string id = f[at[0]], householdId = f[at[1]], insz = f[at[2]], relation = f[at[3]], partnerKind = f[at[4]];
        bool idOk = Id("person_id", id);
        bool householdOk = Id("household_id", householdId);
        if (householdOk && !_householdLines.ContainsKey(householdId))
        {
            _record.Add("household_id", $"no household {householdId} in {SnapshotFormat.HouseholdsFile}");
            householdOk = false;
        }
        string? inszValue = null;
        if (insz.Length > 0)
        {
            if (Insz.Problem(insz) is { } inszProblem) _record.Add("insz", inszProblem.Replace(insz, "the number"));
            else inszValue = insz;
        }
        string? relationCode = Required("relation", relation, FactFields.Relation);
        string? partnerKindCode = Optional("partner_kind", partnerKind, FactFields.PartnerKind);
        if (partnerKindCode is not null && relationCode is not null && relationCode != "partner")
            _record.Add("partner_kind", $"is only for relation partner, not {relationCode}");

        var row = new PersonRow { Municipality = municipality, PersonId = id, HouseholdId = householdId, Insz = inszValue, Relation = relationCode ?? "", PartnerKind = partnerKindCode };
        int column = 5;
        foreach (var field in FactFields.Person)
        {
            ReadFact(field, row, f[at[column]], f[at[column + 1]], f[at[column + 2]]);
            column += 3;
        }
        if (row.BirthDate is { } birth && birth > _extractedOn)
            _record.Add("birth_date", $"{Values.Format(birth)} is after the extraction date {Values.Format(_extractedOn)}");
        row.StatusesKnown = RequiredBool("statuses_known", f[at[column]]);
        row.IncomesKnown = RequiredBool("incomes_known", f[at[column + 1]]);

        if (idOk && !_personLines.TryAdd(id, record.Line))
        {
            _record.Add("person_id", $"duplicate person_id (first on line {_personLines[id]})");
            if (_content.HouseholdOfPerson(id) is { } first && first != householdId)
                _content.MarkBad(first, new ImportProblem(file, record.Line, "person_id", $"person {id} is also in household {householdId}"));
        }
        if (inszValue is not null && !_inszOwners.TryAdd(inszValue, id))
        {
            string other = _inszOwners[inszValue];
            _record.Add("insz", $"is also the number of person {other} (line {_personLines.GetValueOrDefault(other)})");
            if (_content.HouseholdOfPerson(other) is { } otherHousehold && otherHousehold != householdId)
                _content.MarkBad(otherHousehold, new ImportProblem(file, record.Line, "insz", $"person {other} shares an INSZ with person {id}"));
        }

        if (!_record.Any && _content.Households.TryGetValue(householdId, out var household))
        {
            var person = new RegisterPerson(row) { Line = record.Line };
            household.Persons.Add(person);
            _content.Persons.Add(id, person);
            return;
        }
        if (idOk && householdOk) _content.HouseholdOfBadPerson.TryAdd(id, householdId);
        if (!_record.Any) return; // a good record of a household whose own line is bad: quarantined with it
        Bad(file, record, householdOk ? householdId : null);
    }

    private void Status(CsvRecord record, int[] at)
    {
        const string file = SnapshotFormat.StatusesFile;
        var f = record.Fields;
        _record.Clear();
        var person = Owner(f[at[0]], "statuses", p => p.Row.StatusesKnown);
        string? status = Required("status", f[at[1]], FactFields.Status);
        DateOnly? since = RequiredDate("since", f[at[2]]);
        DateOnly? until = OptionalDate("until", f[at[3]]);
        if (since is not null && until is not null && until < since)
            _record.Add("until", $"{Values.Format(until.Value)} is before since {Values.Format(since.Value)}");
        string? source = Optional("source", f[at[4]], Values.Source);
        DateOnly? asOf = AsOf("as_of", f[at[5]]);
        if (person is not null && status is not null && since is not null
            && person.Statuses.Any(s => s.Status == status && s.Since == since))
            _record.Add("since", $"person {person.Id} already has status {status} since {Values.Format(since.Value)}");

        if (!_record.Any && person is not null)
        {
            person.Statuses.Add(new StatusRow { Municipality = municipality, PersonId = person.Id, Status = status!, Since = since!.Value, Until = until, Source = source, AsOf = asOf });
            return;
        }
        if (!_record.Any) return;
        Bad(file, record, _content.HouseholdOfPerson(f[at[0]]));
    }

    private void Income(CsvRecord record, int[] at)
    {
        const string file = SnapshotFormat.IncomesFile;
        var f = record.Fields;
        _record.Clear();
        var person = Owner(f[at[0]], "incomes", p => p.Row.IncomesKnown);
        string? kind = Required("kind", f[at[1]], FactFields.IncomeKind);
        int? year = (int?)RequiredValue("year", f[at[2]], FactFields.Year);
        decimal? gross = (decimal?)OptionalValue("gross_taxable", f[at[3]], FactFields.Income);
        decimal? net = (decimal?)OptionalValue("net_monthly", f[at[4]], FactFields.Income);
        string? source = Optional("source", f[at[5]], Values.Source);
        DateOnly? asOf = AsOf("as_of", f[at[6]]);
        if (person is not null && kind is not null && year is not null
            && person.Incomes.Any(i => i.Kind == kind && i.Year == year && i.Source == source))
            _record.Add("year", $"person {person.Id} already has a {kind} income for {year} from {source ?? "an unknown source"}");

        if (!_record.Any && person is not null)
        {
            person.Incomes.Add(new IncomeRow { Municipality = municipality, PersonId = person.Id, Seq = person.Incomes.Count, Kind = kind!, Year = year!.Value, GrossTaxable = gross, NetMonthly = net, Source = source, AsOf = asOf });
            return;
        }
        if (!_record.Any) return;
        Bad(file, record, _content.HouseholdOfPerson(f[at[0]]));
    }

    /// <summary>The person a status or income belongs to; null when it is bad itself (a problem is then added if the record is to blame).</summary>
    private RegisterPerson? Owner(string personId, string list, Func<RegisterPerson, bool> known)
    {
        if (!Id("person_id", personId)) return null;
        if (_content.Persons.TryGetValue(personId, out var person))
        {
            if (known(person)) return person;
            _record.Add("person_id", $"person {personId} has {list}_known = false, so {list} cannot be listed for them");
            return null;
        }
        if (!_content.HouseholdOfBadPerson.ContainsKey(personId))
            _record.Add("person_id", $"no person {personId} in {SnapshotFormat.PersonsFile}");
        return null;
    }

    private void CheckReferencePersons()
    {
        foreach (var household in _content.Households.Values)
        {
            if (_content.BadHouseholds.ContainsKey(household.Id)) continue;
            int references = household.Persons.Count(p => p.Row.Relation == "reference");
            if (references == 1) continue;
            string reason = references == 0
                ? $"household {household.Id} has no person with relation reference in {SnapshotFormat.PersonsFile}"
                : $"household {household.Id} has {references} persons with relation reference ({SnapshotFormat.PersonsFile} lines {string.Join(", ", household.Persons.Where(p => p.Row.Relation == "reference").Select(p => p.Line))})";
            var problem = problems.Add(SnapshotFormat.HouseholdsFile, household.Line, "relation", reason);
            _content.MarkBad(household.Id, problem);
            _content.BadRecords.Add(new BadRecord(SnapshotFormat.HouseholdsFile, household.Line, household.Id, [problem]));
        }
    }

    private void Bad(string file, CsvRecord record, string? householdId)
    {
        var list = _record.For(file, record.Line);
        foreach (var problem in list) problems.Add(problem);
        if (householdId is not null) _content.MarkBad(householdId, list[0]);
        _content.BadRecords.Add(new BadRecord(file, record.Line, householdId, list) { Raw = record.Raw });
    }

    private bool Id(string field, string text)
    {
        if (Values.IdProblem(text) is not { } problem) return true;
        _record.Add(field, problem);
        return false;
    }

    private void ReadFact<TRow>(FactField<TRow> field, TRow row, string value, string source, string asOf)
    {
        object? parsed = null;
        if (value.Length > 0 && !field.Spec.TryParse(value, out parsed, out var problem)) _record.Add(field.Name, problem!);
        field.Set(row, parsed, Optional(field.Name + "_source", source, Values.Source), AsOf(field.Name + "_as_of", asOf));
    }

    private string? Required(string field, string text, ValueSpec spec)
    {
        if (text.Length == 0) { _record.Add(field, "is required"); return null; }
        return Optional(field, text, spec);
    }

    private string? Optional(string field, string text, ValueSpec spec) => (string?)OptionalValue(field, text, spec);

    private object? RequiredValue(string field, string text, ValueSpec spec)
    {
        if (text.Length == 0) { _record.Add(field, "is required"); return null; }
        return OptionalValue(field, text, spec);
    }

    private object? OptionalValue(string field, string text, ValueSpec spec)
    {
        if (text.Length == 0) return null;
        if (spec.TryParse(text, out var value, out var problem)) return value;
        _record.Add(field, problem!);
        return null;
    }

    private bool RequiredBool(string field, string text) => RequiredValue(field, text, BoolSpec.Instance) is true;

    private DateOnly? RequiredDate(string field, string text) => (DateOnly?)RequiredValue(field, text, DateSpec.Instance);

    private DateOnly? OptionalDate(string field, string text) => (DateOnly?)OptionalValue(field, text, DateSpec.Instance);

    private DateOnly? AsOf(string field, string text)
    {
        if (OptionalDate(field, text) is not { } date) return null;
        if (date <= _extractedOn) return date;
        _record.Add(field, $"{text} is after the extraction date {Values.Format(_extractedOn)}");
        return null;
    }
}
