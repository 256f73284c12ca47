using Microsoft.Data.Sqlite;

namespace TakeUp.Data.Storage;

/// <summary>
/// One statement prepared through SQLite's own API on an open connection (and so inside its transaction), for
/// the bulk paths that bind and read by position: <see cref="BulkWriter"/> and the register reader of runs.
/// Every SQLite result code goes through <see cref="Check"/>, which turns an error into a
/// <see cref="SqliteException"/> with SQLite's message.
/// </summary>
public sealed class SqliteStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _context;
    private SQLitePCL.sqlite3_stmt? _handle;

    /// <param name="context">Put before SQLite's message in errors (a table name), or empty.</param>
    public SqliteStatement(SqliteConnection connection, string sql, string context = "")
    {
        _connection = connection;
        _context = context;
        Check(SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, sql, out var handle));
        _handle = handle;
    }

    public SQLitePCL.sqlite3_stmt Handle => _handle ?? throw new ObjectDisposedException(nameof(SqliteStatement));

    /// <summary>Steps once: true for a row, false when done; an error throws.</summary>
    public bool Step()
    {
        int rc = SQLitePCL.raw.sqlite3_step(Handle);
        if (rc == SQLitePCL.raw.SQLITE_ROW) return true;
        Check(rc);
        return false;
    }

    public void Check(int rc)
    {
        if (rc is SQLitePCL.raw.SQLITE_OK or SQLitePCL.raw.SQLITE_DONE or SQLitePCL.raw.SQLITE_ROW) return;
        string message = SQLitePCL.raw.sqlite3_errmsg(_connection.Handle).utf8_to_string();
        throw new SqliteException(_context.Length > 0 ? $"{_context}: {message}" : message, rc);
    }

    public void Dispose()
    {
        if (_handle is null) return;
        SQLitePCL.raw.sqlite3_finalize(_handle);
        _handle = null;
    }
}
