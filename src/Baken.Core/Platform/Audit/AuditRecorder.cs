using System.Text.Json;
using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Baken.Core.Platform.Audit;

/// <summary>
/// Turns the change tracker's pending changes into chained audit events, inside the transaction
/// that commits the change: a write without its audit event can never be committed.
/// </summary>
internal static class AuditRecorder
{
    // Secrets and Identity bookkeeping never enter the log.
    private static readonly HashSet<string> Redacted =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash"];

    // Key material must never be copied into the log; key rotation is not a user action.
    private static readonly HashSet<Type> NotAudited = [typeof(AuditEvent), typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)];

    public static List<PendingAudit> Capture(ChangeTracker tracker)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || NotAudited.Contains(entry.Metadata.ClrType))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
            var after = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false);
            var verb = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            };
            pending.Add(new PendingAudit(entry, entry.Metadata.ClrType.Name.Split('`')[0], verb, before, after));
        }

        return pending;
    }

    public static async Task AppendAsync(BakenDbContext db, List<PendingAudit> pending, AuditContext actor, DateTimeOffset now, CancellationToken ct)
    {
        await db.LockAuditChainAsync(ct);
        var last = await db.AuditEvents.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditChain.Genesis;
        var occurredAt = AuditChain.Normalise(now);

        foreach (var change in pending)
        {
            var e = new AuditEvent
            {
                Sequence = ++sequence,
                OccurredAt = occurredAt,
                ActorId = actor.ActorId,
                ActorName = actor.ActorName,
                OrganisationId = actor.OrganisationId,
                Action = actor.Action ?? $"{Kebab(change.EntityType)}.{change.Verb}",
                EntityType = change.EntityType,
                EntityId = KeyOf(change.Entry),
                Before = change.Before,
                After = change.After,
                ClientAddress = actor.ClientAddress,
                RequestId = actor.RequestId,
                PreviousHash = previousHash,
            };
            e.Hash = AuditChain.ComputeHash(e);
            previousHash = e.Hash;
            db.AuditEvents.Add(e);
        }
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var value = original ? property.OriginalValue : property.CurrentValue;

            // Uploaded files would bloat every event; the size stands in (the row keeps its SHA-256).
            values[name] = Redacted.Contains(name)
                ? "[redacted]"
                : value is byte[] bytes ? $"[{bytes.Length} bytes]" : value;
        }

        return JsonSerializer.Serialize(values, BakenJson.Options);
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? ""
            : string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    // Identity's join entities are generic ("IdentityUserRole`1"); the arity is no part of the name.
    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name.Split('`')[0]);
}

internal sealed record PendingAudit(EntityEntry Entry, string EntityType, string Verb, string? Before, string? After);
