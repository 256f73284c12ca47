using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace TakeUp.Data.Storage;

/// <summary>
/// One statement prepared through SQLite's own API on an open connection (and so inside its transaction), for
/// the bulk paths that bind and read by position: <see cref="BulkWriter"/> and the register reader of runs.
/// Every SQLite result code goes through <see cref="Check"/>, which turns an error into a
/// <see cref="SqliteException"/> with SQLite's message.
/// <para>
/// The per-row calls (step, bind, column) go to the SQLite library directly with the statement's pointer:
/// through SQLitePCL each call took and released a reference on the statement's SafeHandle, 5.3–5.8% of the
/// CPU of a first run of 1M persons, which makes tens of millions of them. The statement is prepared and
/// finalized through SQLitePCL, which owns the handle; the pointer is valid until <see cref="Dispose"/>. Each
/// call keeps this object alive until the library returns (<c>GC.KeepAlive</c>): otherwise, once the pointer is
/// loaded, the collector could finalize the handle, and with it the statement, while SQLite still used it.
/// </para>
/// </summary>
public sealed unsafe class SqliteStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _context;
    private SQLitePCL.sqlite3_stmt? _handle;
    private nint _pointer;

    /// <param name="context">Put before SQLite's message in errors (a table name), or empty.</param>
    public SqliteStatement(SqliteConnection connection, string sql, string context = "")
    {
        _connection = connection;
        _context = context;
        Check(SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, sql, out var handle));
        _handle = handle;
        _pointer = handle.DangerousGetHandle();
    }

    private nint Pointer => _pointer != 0 ? _pointer : throw new ObjectDisposedException(nameof(SqliteStatement));

    /// <summary>Binds text to the named parameter (<c>@m</c>) when the statement has it.</summary>
    public void BindIfPresent(string name, string text)
    {
        var handle = _handle ?? throw new ObjectDisposedException(nameof(SqliteStatement));
        int index = SQLitePCL.raw.sqlite3_bind_parameter_index(handle, name);
        if (index > 0) Check(SQLitePCL.raw.sqlite3_bind_text(handle, index, text));
    }

    /// <summary>Steps once: true for a row, false when done; an error throws.</summary>
    public bool Step()
    {
        int rc = Native.sqlite3_step(Pointer);
        GC.KeepAlive(this);
        if (rc == SQLitePCL.raw.SQLITE_ROW) return true;
        Check(rc);
        return false;
    }

    /// <summary>Makes the statement ready to run again (bindings stay).</summary>
    public void Reset()
    {
        Native.sqlite3_reset(Pointer);
        GC.KeepAlive(this);
    }

    public int BindNull(int index)
    {
        int rc = Native.sqlite3_bind_null(Pointer, index);
        GC.KeepAlive(this);
        return rc;
    }

    public int BindInt64(int index, long value)
    {
        int rc = Native.sqlite3_bind_int64(Pointer, index, value);
        GC.KeepAlive(this);
        return rc;
    }

    /// <summary>Binds UTF-8 text, which SQLite copies (the caller may reuse the buffer).</summary>
    public int BindText(int index, ReadOnlySpan<byte> utf8)
    {
        int rc;
        fixed (byte* text = utf8)
            // An empty span has no address; SQLite needs one for an empty (not null) text.
            rc = Native.sqlite3_bind_text(Pointer, index, text == null ? Empty : text, utf8.Length, Transient);
        GC.KeepAlive(this);
        return rc;
    }

    /// <summary>A column's storage class: <c>SQLITE_INTEGER</c>, <c>SQLITE_FLOAT</c>, <c>SQLITE_TEXT</c>, <c>SQLITE_BLOB</c> or <c>SQLITE_NULL</c>.</summary>
    public int ColumnType(int i)
    {
        int type = Native.sqlite3_column_type(Pointer, i);
        GC.KeepAlive(this);
        return type;
    }

    public long ColumnInt64(int i)
    {
        long value = Native.sqlite3_column_int64(Pointer, i);
        GC.KeepAlive(this);
        return value;
    }

    public double ColumnDouble(int i)
    {
        double value = Native.sqlite3_column_double(Pointer, i);
        GC.KeepAlive(this);
        return value;
    }

    /// <summary>A column's bytes as stored (text as UTF-8), valid until the next step (and while this statement lives).</summary>
    public ReadOnlySpan<byte> ColumnBytes(int i)
    {
        nint statement = Pointer;
        byte* bytes = Native.sqlite3_column_blob(statement, i);
        int length = Native.sqlite3_column_bytes(statement, i);
        GC.KeepAlive(this);
        return bytes == null ? [] : new ReadOnlySpan<byte>(bytes, length);
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
        _pointer = 0;
        SQLitePCL.raw.sqlite3_finalize(_handle);
        _handle = null;
    }

    private static readonly byte* Empty = (byte*)NativeMemory.AllocZeroed(1);

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns.</summary>
    private static readonly nint Transient = -1;

    /// <summary>The same library SQLitePCL loaded (the e_sqlite3 bundle Microsoft.Data.Sqlite ships).</summary>
    private static class Native
    {
        private const string Library = "e_sqlite3";

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_step(nint statement);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_reset(nint statement);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_bind_null(nint statement, int index);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_bind_int64(nint statement, int index, long value);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_bind_text(nint statement, int index, byte* text, int length, nint destructor);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_column_type(nint statement, int i);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern long sqlite3_column_int64(nint statement, int i);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern double sqlite3_column_double(nint statement, int i);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern byte* sqlite3_column_blob(nint statement, int i);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_column_bytes(nint statement, int i);
    }
}
