namespace Baken.Core.Platform.Audit;

/// <summary>
/// Who is acting, for the audit trail. Scoped per request (filled by the web host) or set once
/// by the CLI and the demo seeder.
/// </summary>
public sealed class AuditContext
{
    public static AuditContext System => new() { ActorName = "system" };

    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "anonymous";
    public Guid? OrganisationId { get; set; }
    public string? ClientAddress { get; set; }
    public string? RequestId { get; set; }

    /// <summary>A use case names its action (see AuditActions); otherwise the change kind is used.</summary>
    public string? Action { get; set; }
}
