namespace Baken.Core.Platform.Audit;

/// <summary>
/// One link of the tamper-evident audit chain. <see cref="Hash"/> covers the previous link's hash
/// and the canonical encoding of every other field, so editing, deleting or reordering events
/// breaks the chain (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEvent
{
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? ClientAddress { get; set; }
    public string? RequestId { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
