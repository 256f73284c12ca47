using System.Diagnostics;

namespace TakeUp.Bench;

/// <summary>Wall time, CPU time and allocation of a piece of work, printed as one line.</summary>
internal sealed record Measure(string What, double WallSeconds, double CpuSeconds, long AllocatedBytes)
{
    public static (T Result, Measure Measure) Run<T>(string what, Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        process.Refresh();
        var m = new Measure(what, clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: false) - allocated);
        Console.WriteLine(m);
        return (result, m);
    }

    public override string ToString() =>
        $"  {What,-44} wall {WallSeconds,8:F3} s   cpu {CpuSeconds,8:F3} s   allocated {AllocatedBytes / 1048576.0,9:F1} MiB";

    public static string PeakMemory()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return $"{process.PeakWorkingSet64 / 1048576.0:F0} MiB peak working set";
    }

    public static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GiB, " +
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
        $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";
}
