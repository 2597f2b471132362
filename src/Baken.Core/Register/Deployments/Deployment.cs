using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Products;

namespace Baken.Core.Register.Deployments;

public enum DeploymentStatus
{
    InDevelopment,
    InUse,
    OutOfUse,
}

/// <summary>A care organisation's use of a product version.</summary>
public sealed class Deployment
{
    private Deployment() { }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public Product? Product { get; private set; }
    public Guid? ProductVersionId { get; private set; }
    public ProductVersion? ProductVersion { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Organisation? Organisation { get; private set; }
    public DeploymentStatus Status { get; private set; }
    public DateOnly? Since { get; private set; }
    public DateOnly? Until { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Revision { get; private set; }

    public static Deployment Create(
        Guid id, Guid productId, Guid? versionId, Guid organisationId, DeploymentStatus status,
        DateOnly? since, DateOnly? until, string? notes, DateTimeOffset now) =>
        new()
        {
            Id = id,
            ProductId = productId,
            ProductVersionId = versionId,
            OrganisationId = organisationId,
            Status = status,
            Since = since,
            Until = until,
            Notes = notes,
            CreatedAt = now,
            Revision = 1,
        };

    public TransitionResult End(DateOnly until)
    {
        if (Status == DeploymentStatus.OutOfUse)
        {
            return TransitionResult.NotAllowed("This deployment has already ended.");
        }

        if (Since is { } since && until < since)
        {
            return TransitionResult.NotAllowed("The end date lies before the start date.");
        }

        Status = DeploymentStatus.OutOfUse;
        Until = until;
        Revision++;
        return TransitionResult.Ok;
    }
}
