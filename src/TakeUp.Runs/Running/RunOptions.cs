namespace TakeUp.Runs.Running;

/// <summary>What a population run is asked to do.</summary>
public sealed record RunOptions(string Municipality, DateOnly Date)
{
    /// <summary>Evaluate every household even when only some changed since the last run on this date.</summary>
    public bool Full { get; init; }

    /// <summary>
    /// Days between an "end-proposed" entry and the date the right would end: the time a worker has to confirm
    /// or correct it and the resident to be told. A local policy choice, not a figure of law (30 by default).
    /// </summary>
    public int NoticeDays { get; init; } = 30;

    public int? MaxThreads { get; init; }

    /// <summary>Told when each phase starts ("load", "evaluate", "compare", "write").</summary>
    public Action<string>? Phase { get; init; }
}
