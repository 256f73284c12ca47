using System.Diagnostics;
using System.Globalization;

namespace TakeUp.Runs.Running;

/// <summary>What one phase of a run cost: wall time, CPU time of the whole process, and peak resident memory.</summary>
/// <param name="PeakBytes">The highest resident set size during the phase where Linux lets a process reset its
/// peak (<c>/proc/self/clear_refs</c>); elsewhere the process's peak so far.</param>
public readonly record struct PhaseFigures(TimeSpan Wall, TimeSpan Cpu, long PeakBytes);

/// <summary>
/// Measures a run phase by phase, so operators and benchmarks see where the time and memory go. Nothing here
/// changes what a run does.
/// </summary>
internal sealed class PhaseMeter
{
    private readonly Dictionary<string, PhaseFigures> _phases = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark = Cpu();

    public PhaseMeter() => ResetPeak();

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyDictionary<string, PhaseFigures> Phases => _phases;

    /// <summary>Closes the phase that ran since the previous lap (or the start) under <paramref name="name"/>.</summary>
    public void Lap(string name)
    {
        var wall = _clock.Elapsed;
        var cpu = Cpu();
        _phases[name] = new PhaseFigures(wall - _wallMark, cpu - _cpuMark, Peak());
        _wallMark = wall;
        _cpuMark = cpu;
        ResetPeak();
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static bool _canReset = OperatingSystem.IsLinux();

    /// <summary>Writing 5 to clear_refs resets the kernel's peak RSS (VmHWM) of this process.</summary>
    private static void ResetPeak()
    {
        if (!_canReset) return;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _canReset = false;
        }
    }

    private static long Peak()
    {
        if (_canReset)
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
