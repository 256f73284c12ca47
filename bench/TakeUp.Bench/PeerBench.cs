using System.Diagnostics;
using TakeUp.Peer;

namespace TakeUp.Bench;

/// <summary>
/// The peer workload (shared/bench/README.md, issue 4): the toy law in TakeUp's rule language, by hand in C#
/// and (given a PostgreSQL connection) in SQL, on the same population read from the two files; checks they all
/// agree row by row, and agree with the expected columns when the files carry them.
/// </summary>
internal static class PeerBench
{
    public static int Generate(PeerOptions options)
    {
        var (households, _) = Measure.Run($"write {options.Persons:N0} persons (seed {options.Seed})", () => PeerGenerator.Write(options.Out!, options.Persons, options.Seed));
        Console.WriteLine($"  {options.Persons:N0} persons in {households:N0} households written to {Path.GetFullPath(options.Out!)}");
        return 0;
    }

    public static int Run(PeerOptions options)
    {
        var date = PeerLaw.Date;
        int threads = options.Threads;
        Console.WriteLine($"  files {options.PersonsFile} and {options.HouseholdsFile}, evaluation date {date:yyyy-MM-dd}, {threads} threads, best of {options.Runs} runs");
        var catalog = Workloads.Compile(options.Catalog);

        PeerFiles.Read read;
        PeerData data;
        Measure load, build;
        try
        {
            (read, load) = Measure.Run("load files into the engine's columns", () => PeerFiles.ReadInto(options.PersonsFile!, options.HouseholdsFile!, date));
            (data, build) = Measure.Run("build the population (finish the columns)", read.Build);
        }
        catch (PeerFormatException e)
        {
            Console.Error.WriteLine($"peer: {e.Message}");
            return 2;
        }
        var population = data.Population;
        Console.WriteLine($"  {data.Persons:N0} persons in {data.Households:N0} households; allocating the columns took {read.AllocationSeconds:F3} s of the load");

        var parameters = PeerLaw.ParametersOn(date);
        var (hand, handTime) = Workloads.Best($"by hand, {threads} threads", options.Runs, () => PeerByHand.Evaluate(population, date, parameters, threads));
        var (engineResult, engineTime) = Workloads.Best($"engine, {threads} threads", options.Runs, () => catalog.Evaluate(population, date, maxThreads: threads));
        var heapAfterEngine = GC.GetGCMemoryInfo();
        var engine = PeerOutputs.FromEngine(engineResult, data.Persons, data.Households);

        var checks = new List<(string What, PeerComparison Result)> { ("engine against hand", engine.Compare(hand, population)) };
        if (data.Expected.Any)
        {
            checks.Add(("engine against the files' expected columns", engine.Compare(data.Expected, population)));
            checks.Add(("hand against the files' expected columns", hand.Compare(data.Expected, population)));
        }

        PeerSql.Figures? sql = null;
        if (options.Postgres is { } connection)
        {
            sql = PeerSql.Run(connection, options.PersonsFile!, options.HouseholdsFile!, date, options.Runs);
            checks.Add(("SQL against engine", engine.Compare(sql.Outputs(population), population)));
        }

        Console.WriteLine();
        Console.WriteLine($"  outputs: {engine.Summary()}");
        foreach (var (what, result) in checks) Console.WriteLine($"  check {what}: {result}");
        double persons = data.Persons;
        double engineSeconds = build.WallSeconds + engineTime.WallSeconds;
        Console.WriteLine();
        Console.WriteLine($"  persons                  {data.Persons,14:N0}");
        Console.WriteLine($"  households               {data.Households,14:N0}");
        Console.WriteLine($"  load (s)                 {load.WallSeconds,14:F3}   {persons / load.WallSeconds / 1e6,6:F2} M persons/s (read, validate, fill the engine's columns)");
        Console.WriteLine($"  build (s)                {build.WallSeconds,14:F3}");
        Console.WriteLine($"  evaluate, engine (s)     {engineTime.WallSeconds,14:F3}   {persons / engineTime.WallSeconds / 1e6,6:F2} M persons/s, cpu {engineTime.CpuSeconds:F2} s");
        Console.WriteLine($"  evaluate, by hand (s)    {handTime.WallSeconds,14:F3}   {persons / handTime.WallSeconds / 1e6,6:F2} M persons/s, cpu {handTime.CpuSeconds:F2} s");
        Console.WriteLine($"  engine build + evaluate  {engineSeconds,14:F3}   {persons / engineSeconds / 1e6,6:F2} M persons/s (target >= 12)");
        Console.WriteLine($"  engine load + build + evaluate {load.WallSeconds + engineSeconds,8:F3}   {persons / (load.WallSeconds + engineSeconds) / 1e6,6:F2} M persons/s");
        Console.WriteLine($"  engine / hand, {threads} threads  {engineTime.WallSeconds / handTime.WallSeconds,10:F2}x   (target <= 2)");
        if (sql is not null)
        {
            Console.WriteLine($"  SQL load (COPY + ANALYZE) {sql.LoadSeconds,13:F3}");
            Console.WriteLine($"  SQL evaluate (s)         {sql.EvaluateSeconds,14:F3}   {persons / sql.EvaluateSeconds / 1e6,6:F2} M persons/s");
            Console.WriteLine($"  engine speed-up over SQL {sql.EvaluateSeconds / engineTime.WallSeconds,13:F1}x evaluate against evaluate; " +
                $"{sql.EvaluateSeconds / engineSeconds:F1}x against build + evaluate; {(sql.LoadSeconds + sql.EvaluateSeconds) / (load.WallSeconds + engineSeconds):F1}x load to results (target >= 10)");
        }
        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"  peak working set         {process.PeakWorkingSet64 / 1048576.0,10:F0} MiB; GC heap after the engine runs {heapAfterEngine.HeapSizeBytes / 1048576.0:F0} MiB, " +
            $"committed {heapAfterEngine.TotalCommittedBytes / 1048576.0:F0} MiB; {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections");
        return checks.All(c => c.Result.Equal) ? 0 : 1;
    }
}
