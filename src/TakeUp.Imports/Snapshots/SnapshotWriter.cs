using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TakeUp.Imports.Validation;
using TakeUp.Rules.Facts;

namespace TakeUp.Imports.Snapshots;

/// <summary>What <see cref="SnapshotWriter.Write"/> wrote: rows per file.</summary>
public sealed record SnapshotSummary(string Folder, int Households, int Persons, int Statuses, int Incomes);

/// <summary>
/// Writes households (the contract's domain objects, e.g. from TakeUp.Synthetic) as a snapshot folder in the
/// documented format. The output depends only on the households, the municipality and the date: the same
/// input gives the same bytes, so a seed gives the same snapshot and the same manifest hash.
/// Person ids are the household id and the member id joined by a dash ("h-000001-p2"), unique within the
/// municipality as the format requires (member ids are unique only within their household).
/// </summary>
public static class SnapshotWriter
{
    public static string PersonId(string householdId, string memberId) => householdId + "-" + memberId;

    public static SnapshotSummary Write(string folder, string municipality, DateOnly extractedOn, IEnumerable<Household> households,
        IProgress<ImportProgress>? progress = null)
    {
        if (Values.NisProblem(municipality) is { } problem) throw new ArgumentException($"municipality {problem}");
        Directory.CreateDirectory(folder);
        using var h = new CsvOut(Path.Combine(folder, SnapshotFormat.HouseholdsFile), SnapshotFormat.HouseholdColumns);
        using var p = new CsvOut(Path.Combine(folder, SnapshotFormat.PersonsFile), SnapshotFormat.PersonColumns);
        using var s = new CsvOut(Path.Combine(folder, SnapshotFormat.StatusesFile), SnapshotFormat.StatusColumns);
        using var i = new CsvOut(Path.Combine(folder, SnapshotFormat.IncomesFile), SnapshotFormat.IncomeColumns);
        foreach (var household in households)
        {
            if (household.Municipality is { } nis && nis != municipality)
                throw new ArgumentException($"household {household.Id} is in municipality {nis}, not {municipality}");
            h.Field(household.Id);
            var housing = household.Housing;
            Fact(h, housing.Tenure, v => Codes.Name(v));
            Fact(h, housing.CollectiveHeating, Bool);
            Fact(h, housing.HeatingFuel, v => Codes.Name(v));
            Fact(h, housing.MonthlyRent, Values.Format);
            Fact(h, housing.WaitingListSince, Values.Format);
            h.EndRow();
            foreach (var member in household.Members)
            {
                string id = PersonId(household.Id, member.Id);
                p.Field(id);
                p.Field(household.Id);
                p.Field(member.Insz);
                p.Field(Codes.Name(member.Relation));
                p.Field(member.PartnerKind is { } kind ? Codes.Name(kind) : null);
                Fact(p, member.BirthDate, Values.Format);
                Fact(p, member.Dependent, Bool);
                Fact(p, member.RegisteredAtAddress, Bool);
                Fact(p, member.Residence, v => Codes.Name(v));
                Fact(p, member.RecognitionPercent, Values.Format);
                Fact(p, member.Pillar1Points, Int);
                Fact(p, member.ZorgtoeslagPoints, Int);
                Fact(p, member.AbroadDaysLastYear, Int);
                p.Field(Bool(member.Statuses is not null));
                p.Field(Bool(member.Incomes is not null));
                p.EndRow();
                foreach (var status in member.Statuses ?? [])
                {
                    s.Field(id);
                    s.Field(Codes.Name(status.Status));
                    s.Field(Values.Format(status.Since));
                    s.Field(status.Until is { } until ? Values.Format(until) : null);
                    s.Field(status.Source is { } source ? Codes.Name(source) : null);
                    s.Field(status.AsOf is { } asOf ? Values.Format(asOf) : null);
                    s.EndRow();
                }
                foreach (var income in member.Incomes ?? [])
                {
                    i.Field(id);
                    i.Field(Codes.Name(income.Kind));
                    i.Field(Int(income.Year));
                    i.Field(income.GrossTaxable is { } gross ? Values.Format(gross) : null);
                    i.Field(income.NetMonthly is { } net ? Values.Format(net) : null);
                    i.Field(income.Source is { } source ? Codes.Name(source) : null);
                    i.Field(income.AsOf is { } asOf ? Values.Format(asOf) : null);
                    i.EndRow();
                }
            }
            if (h.Rows % 16384 == 0) progress?.Report(new ImportProgress("write snapshot", p.Rows, null));
        }
        var files = new[] { h, p, s, i }.Select(f => (Name: Path.GetFileName(f.Path), Rows: f.Rows, Hash: f.Finish())).ToList();
        WriteManifest(Path.Combine(folder, SnapshotFormat.ManifestFile), municipality, extractedOn, files);
        progress?.Report(new ImportProgress("write snapshot", p.Rows, p.Rows));
        return new SnapshotSummary(folder, (int)h.Rows, (int)p.Rows, (int)s.Rows, (int)i.Rows);
    }

    private static void WriteManifest(string path, string municipality, DateOnly extractedOn, List<(string Name, long Rows, string Hash)> files)
    {
        using var stream = File.Create(path);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", SnapshotFormat.Version);
            json.WriteString("municipality", municipality);
            json.WriteString("extracted_on", Values.Format(extractedOn));
            json.WriteStartObject("files");
            foreach (var (name, rows, hash) in files)
            {
                json.WriteStartObject(name);
                json.WriteNumber("rows", rows);
                json.WriteString("sha256", hash);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void Fact<T>(CsvOut csv, Fact<T> fact, Func<T, string> format) where T : struct
    {
        csv.Field(fact.Value is { } value ? format(value) : null);
        csv.Field(fact.Source is { } source ? Codes.Name(source) : null);
        csv.Field(fact.AsOf is { } asOf ? Values.Format(asOf) : null);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One CSV file being written: LF line ends, RFC 4180 quoting, SHA-256 of every byte.</summary>
    private sealed class CsvOut : IDisposable
    {
        private readonly FileStream _file;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _length;
        private bool _first = true;
        private string? _digest;

        public CsvOut(string path, IReadOnlyList<string> columns)
        {
            Path = path;
            _file = File.Create(path);
            foreach (var column in columns) Field(column);
            EndRow();
            Rows = 0;
        }

        public string Path { get; }
        public long Rows { get; private set; }

        public void Field(string? text)
        {
            if (!_first) Put((byte)',');
            _first = false;
            if (string.IsNullOrEmpty(text)) return;
            bool quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
            if (quote) text = "\"" + text.Replace("\"", "\"\"") + "\"";
            int max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_length + max > _buffer.Length) Flush();
            _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
        }

        public void EndRow()
        {
            Put((byte)'\n');
            _first = true;
            Rows++;
        }

        public string Finish()
        {
            if (_digest is not null) return _digest;
            Flush();
            _file.Flush();
            _digest = Convert.ToHexStringLower(_hash.GetHashAndReset());
            return _digest;
        }

        public void Dispose()
        {
            Finish();
            _file.Dispose();
            _hash.Dispose();
        }

        private void Put(byte b)
        {
            if (_length == _buffer.Length) Flush();
            _buffer[_length++] = b;
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _length);
            _file.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
