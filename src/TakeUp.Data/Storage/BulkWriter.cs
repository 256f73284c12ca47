using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// Writes many rows into one table inside the caller's transaction, the fastest way each provider offers:
/// binary COPY on PostgreSQL, one prepared multi-row INSERT reused on SQLite. Values are given in the order of
/// the columns named at construction; null is SQL NULL. Dispose (or <see cref="Complete"/>) to flush.
/// </summary>
public abstract class BulkWriter : IDisposable
{
    public static BulkWriter Create(DbConnection connection, DbTransaction transaction, string table, params string[] columns) =>
        connection switch
        {
            NpgsqlConnection pg => new PostgresBulkWriter(pg, table, columns),
            SqliteConnection sqlite => new SqliteBulkWriter(sqlite, (SqliteTransaction)transaction, table, columns),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };

    public long Rows { get; protected set; }

    public abstract void Write(params object?[] values);

    /// <summary>Flushes what is buffered; the transaction still decides whether it lands.</summary>
    public abstract void Complete();

    public abstract void Dispose();

    private sealed class PostgresBulkWriter : BulkWriter
    {
        private readonly NpgsqlBinaryImporter _importer;
        private bool _completed;

        public PostgresBulkWriter(NpgsqlConnection connection, string table, string[] columns) =>
            _importer = connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");

        public override void Write(params object?[] values)
        {
            _importer.StartRow();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: _importer.WriteNull(); break;
                    case string s: _importer.Write(s, NpgsqlTypes.NpgsqlDbType.Text); break;
                    case DateOnly d: _importer.Write(d, NpgsqlTypes.NpgsqlDbType.Date); break;
                    case DateTime t: _importer.Write(t, NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                    case decimal m: _importer.Write(m, NpgsqlTypes.NpgsqlDbType.Numeric); break;
                    case long l: _importer.Write(l, NpgsqlTypes.NpgsqlDbType.Bigint); break;
                    case int i: _importer.Write(i, NpgsqlTypes.NpgsqlDbType.Integer); break;
                    case bool b: _importer.Write(b, NpgsqlTypes.NpgsqlDbType.Boolean); break;
                    default: throw new NotSupportedException(value.GetType().Name);
                }
            }
            Rows++;
        }

        public override void Complete()
        {
            if (_completed) return;
            _completed = true;
            _importer.Complete();
        }

        public override void Dispose()
        {
            Complete();
            _importer.Dispose();
        }
    }

    private sealed class SqliteBulkWriter : BulkWriter
    {
        private const int RowsPerStatement = 64;
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly string _table;
        private readonly string[] _columns;
        private readonly SqliteCommand _full;
        private readonly List<object?[]> _pending = new(RowsPerStatement);

        public SqliteBulkWriter(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
        {
            _connection = connection;
            _transaction = transaction;
            _table = table;
            _columns = columns;
            // SQLite allows 32,766 parameters per statement; 64 rows of a few dozen columns stay well below.
            _full = Command(RowsPerStatement);
            _full.Prepare();
        }

        public override void Write(params object?[] values)
        {
            if (values.Length != _columns.Length)
                throw new ArgumentException($"{_table}: {values.Length} values for {_columns.Length} columns");
            _pending.Add(values);
            Rows++;
            if (_pending.Count == RowsPerStatement) Flush(_full);
        }

        public override void Complete()
        {
            if (_pending.Count == 0) return;
            using var tail = Command(_pending.Count);
            Flush(tail);
        }

        public override void Dispose()
        {
            Complete();
            _full.Dispose();
        }

        private void Flush(SqliteCommand command)
        {
            int p = 0;
            foreach (var row in _pending)
                foreach (var value in row)
                    command.Parameters[p++].Value = value switch
                    {
                        null => DBNull.Value,
                        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                        decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        _ => value,
                    };
            command.ExecuteNonQuery();
            _pending.Clear();
        }

        private SqliteCommand Command(int rows)
        {
            var sql = new StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES ");
            var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            int p = 0;
            for (int r = 0; r < rows; r++)
            {
                sql.Append(r == 0 ? "(" : ",(");
                for (int c = 0; c < _columns.Length; c++)
                {
                    string name = "$p" + p++;
                    sql.Append(c == 0 ? name : "," + name);
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            return command;
        }
    }
}
