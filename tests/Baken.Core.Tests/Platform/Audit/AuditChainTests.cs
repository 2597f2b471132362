using Baken.Core.Platform.Audit;

namespace Baken.Core.Tests.Platform.Audit;

public sealed class AuditChainTests
{
    private static List<AuditEvent> Chain(int length)
    {
        var events = new List<AuditEvent>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= length; i++)
        {
            var e = new AuditEvent
            {
                Sequence = i,
                OccurredAt = new DateTimeOffset(2026, 1, 1, 0, 0, i, TimeSpan.Zero),
                ActorName = "tester",
                Action = "product.update",
                EntityType = "Product",
                EntityId = $"p{i}",
                After = $"{{\"n\":{i}}}",
                PreviousHash = previous,
            };
            e.Hash = AuditChain.ComputeHash(e);
            previous = e.Hash;
            events.Add(e);
        }

        return events;
    }

    [Fact]
    public void Verify_IntactChain_FindsNoBreak() => Assert.Null(AuditChain.Verify(Chain(5)));

    [Fact]
    public void Verify_EditedEvent_ReportsThatEvent()
    {
        var events = Chain(5);
        events[2].After = "{\"n\":999}";

        Assert.Equal(3, AuditChain.Verify(events)?.Sequence);
    }

    [Fact]
    public void Verify_DeletedEvent_ReportsTheGap()
    {
        var events = Chain(5);
        events.RemoveAt(2);

        Assert.Equal(4, AuditChain.Verify(events)?.Sequence);
    }

    [Fact]
    public void Verify_SwappedEvents_AreDetected()
    {
        var events = Chain(5);
        (events[1], events[2]) = (events[2], events[1]);

        Assert.NotNull(AuditChain.Verify(events));
    }

    [Fact]
    public void Verify_SwappedContentWithRenumbering_IsDetected()
    {
        var events = Chain(5);
        (events[1].EntityId, events[2].EntityId) = (events[2].EntityId, events[1].EntityId);

        Assert.Equal(2, AuditChain.Verify(events)?.Sequence);
    }

    [Fact]
    public void Normalise_TruncatesToMicroseconds()
    {
        var t = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);

        var normalised = AuditChain.Normalise(t);

        Assert.Equal(0, normalised.Ticks % 10);
        Assert.Equal(TimeSpan.Zero, normalised.Offset);
    }
}
