namespace TakeUp.Data.Storage;

/// <summary>
/// Process-wide settings of the SQLite library, made once before the first connection opens.
/// <para>
/// Multi-thread mode instead of the library's default "serialized": a connection is never used by two threads
/// at once here (ADO.NET connections are not thread-safe anyway), so SQLite's per-connection mutex only cost a
/// lock and an unlock around every call; with memory statistics off, its allocator stops taking a global
/// mutex for every allocation. Together they were 5.4% of the CPU of a first run of 1M persons (perf).
/// </para>
/// </summary>
internal static class SqliteEngine
{
    private static readonly bool Configured = Configure();

    /// <summary>Makes sure <see cref="Configure"/> ran; cheap after the first call.</summary>
    public static void EnsureConfigured() => _ = Configured;

    private static bool Configure()
    {
        SQLitePCL.Batteries_V2.Init();
        // Settings only take before the library initialises (the first open): if something opened a connection
        // already, SQLite answers SQLITE_MISUSE and keeps its defaults, which are slower but equally correct.
        bool multiThread = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD) == SQLitePCL.raw.SQLITE_OK;
        bool noStatistics = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0) == SQLitePCL.raw.SQLITE_OK;
        return multiThread && noStatistics;
    }
}
