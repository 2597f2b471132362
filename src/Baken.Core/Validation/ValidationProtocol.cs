namespace Baken.Core.Validation;

/// <summary>
/// What a local validation of a product must compute and what counts as acceptable. Immutable
/// once created: a change is a new version, so a stored result always refers to the rules it met.
/// </summary>
public sealed class ValidationProtocol
{
    private ValidationProtocol() { }

    public ValidationProtocol(Guid id, Guid productId, Guid? productVersionId, int version, Guid createdBy, ProtocolDocument document, DateTimeOffset now)
    {
        Id = id;
        ProductId = productId;
        ProductVersionId = productVersionId;
        Version = version;
        CreatedByOrganisationId = createdBy;
        Document = document;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid? ProductVersionId { get; private set; }
    public int Version { get; private set; }
    public Guid CreatedByOrganisationId { get; private set; }
    public ProtocolDocument Document { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
}
