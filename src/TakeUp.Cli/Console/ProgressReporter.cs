using System.Diagnostics;
using System.Globalization;

namespace TakeUp.Cli;

/// <summary>
/// Progress of long work on standard error. On a terminal: one bar per phase, redrawn at most ten times a second
/// and left on screen when the phase ends. Otherwise (a log, a pipe, a test): one plain line when a phase starts,
/// so logs stay short and readable. Standard output is never touched. Reusable by any command: call
/// <see cref="Report"/> with a phase name, units done and the total when known, then <see cref="Dispose"/>.
/// </summary>
internal sealed class ProgressReporter(TextWriter error, bool terminal) : IDisposable
{
    private const int BarWidth = 30;
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _sinceDraw = new();
    private readonly Stopwatch _phaseClock = new();
    private string? _phase;
    private int _drawnLength;

    public static ProgressReporter For(CliContext context) => new(context.Error, context.ErrorIsTerminal);

    public TimeSpan Elapsed => _total.Elapsed;

    public void Report(string phase, long done, long? total)
    {
        if (phase != _phase)
        {
            EndPhase();
            _phase = phase;
            _phaseClock.Restart();
            if (!terminal)
            {
                error.WriteLine($"takeup: {phase}…");
                error.Flush();
                return;
            }
            _sinceDraw.Restart();
            Draw(done, total);
            return;
        }
        if (!terminal || _sinceDraw.Elapsed < Redraw) return;
        _sinceDraw.Restart();
        Draw(done, total);
    }

    public void Dispose() => EndPhase();

    private void EndPhase()
    {
        if (_phase is null || !terminal) return;
        error.WriteLine($"\r{Pad($"{_phase}: done in {Seconds(_phaseClock.Elapsed)}")}");
        error.Flush();
        _drawnLength = 0;
        _phase = null;
    }

    private void Draw(long done, long? total)
    {
        string line;
        if (total is > 0)
        {
            double share = Math.Clamp((double)done / total.Value, 0, 1);
            int filled = (int)(share * BarWidth);
            line = string.Create(CultureInfo.InvariantCulture,
                $"{_phase} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {share * 100,3:0}%  {Seconds(_phaseClock.Elapsed)}");
        }
        else
            line = string.Create(CultureInfo.InvariantCulture, $"{_phase}: {done:N0}  {Seconds(_phaseClock.Elapsed)}");
        error.Write("\r" + Pad(line));
        error.Flush();
    }

    private string Pad(string line)
    {
        string padded = line.Length < _drawnLength ? line.PadRight(_drawnLength) : line;
        _drawnLength = line.Length;
        return padded;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
