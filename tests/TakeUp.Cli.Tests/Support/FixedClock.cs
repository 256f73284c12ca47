namespace TakeUp.Cli.Tests.Support;

/// <summary>A clock that is always at the same moment, in UTC, so "today" is fixed.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
