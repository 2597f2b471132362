namespace Baken.Engine.Tests;

/// A clock that always says the same time, so results compare byte for byte.
internal sealed class FixedClock(DateTimeOffset? now = null) : TimeProvider
{
    public DateTimeOffset Now { get; } = now ?? new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
