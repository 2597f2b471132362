using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Baken.Core.Platform.Audit;

/// <summary>The hash chain over audit events: SHA-256(previous hash || canonical encoding).</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first event.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string ComputeHash(AuditEvent e)
    {
        var canonical = Canonical(e);
        var bytes = Encoding.UTF8.GetBytes(e.PreviousHash + "\n" + canonical);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// A JSON array in fixed field order. Times are written in UTC with microseconds, the
    /// precision every supported database keeps, so a stored event hashes the same after a round trip.
    /// </summary>
    public static string Canonical(AuditEvent e)
    {
        object?[] fields =
        [
            e.Sequence,
            Normalise(e.OccurredAt).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            e.ActorId?.ToString("D"),
            e.ActorName,
            e.OrganisationId?.ToString("D"),
            e.Action,
            e.EntityType,
            e.EntityId,
            e.Before,
            e.After,
            e.ClientAddress,
            e.RequestId,
        ];
        return JsonSerializer.Serialize(fields);
    }

    /// <summary>Truncates to whole microseconds in UTC.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>Checks a chain given in sequence order; returns the first broken link, if any.</summary>
    public static AuditBreak? Verify(IEnumerable<AuditEvent> events)
    {
        var verifier = new AuditChainVerifier();
        foreach (var e in events)
        {
            if (verifier.Check(e) is { } broken)
            {
                return broken;
            }
        }

        return null;
    }
}

/// <summary>Checks events one at a time, so a long chain can be streamed from the database.</summary>
public sealed class AuditChainVerifier
{
    private string _previousHash = AuditChain.Genesis;
    private long? _previousSequence;

    public long Checked { get; private set; }

    public AuditBreak? Check(AuditEvent e)
    {
        if (_previousSequence is { } p && e.Sequence != p + 1)
        {
            return new AuditBreak(e.Sequence, $"sequence jumps from {p} to {e.Sequence}: events are missing or out of order");
        }

        if (_previousSequence is null && e.Sequence != 1)
        {
            return new AuditBreak(e.Sequence, $"the chain starts at {e.Sequence}, not 1: events are missing");
        }

        if (e.PreviousHash != _previousHash)
        {
            return new AuditBreak(e.Sequence, "the previous-hash field does not match the preceding event");
        }

        if (AuditChain.ComputeHash(e) != e.Hash)
        {
            return new AuditBreak(e.Sequence, "the event's content does not match its hash: it was altered");
        }

        _previousHash = e.Hash;
        _previousSequence = e.Sequence;
        Checked++;
        return null;
    }
}

public sealed record AuditBreak(long Sequence, string Reason);
