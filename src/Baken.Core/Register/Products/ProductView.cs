using Baken.Core.Classification;
using Baken.Core.Register.Deployments;

namespace Baken.Core.Register.Products;

/// <summary>The public representation of a product.</summary>
public sealed record ProductView(
    Guid Id,
    ProductStatus Status,
    int Revision,
    OrganisationRef Maker,
    ProductContent Content,
    IReadOnlyDictionary<FieldGroup, Provenance> Provenance,
    bool? AiActHighRisk,
    string? ClassifiedDeviceClass,
    IReadOnlyList<ProductVersionView> Versions,
    string? ReturnReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt)
{
    public static ProductView From(Product p, string makerName) => new(
        p.Id,
        p.Status,
        p.Revision,
        new OrganisationRef(p.MakerId, makerName),
        p.Content,
        p.Provenance,
        p.AiActHighRisk,
        p.ClassifiedDeviceClass,
        [.. p.Versions.OrderBy(v => v.CreatedAt).Select(ProductVersionView.From)],
        p.ReturnReason,
        p.CreatedAt,
        p.UpdatedAt,
        p.PublishedAt);
}

public sealed record OrganisationRef(Guid Id, string Name);

/// <summary>A version as shown with its product; <c>Classification</c> is the maker's saved classification, if any.</summary>
public sealed record ProductVersionView(Guid Id, string Label, DateOnly? ReleasedOn, string? Notes, StoredClassification? Classification)
{
    public static ProductVersionView From(ProductVersion v) => new(v.Id, v.Label, v.ReleasedOn, v.Notes, v.Classification);
}

public sealed record DeploymentView(
    Guid Id,
    OrganisationRef Organisation,
    Guid ProductId,
    string ProductName,
    Guid? ProductVersionId,
    string? ProductVersionLabel,
    DeploymentStatus Status,
    DateOnly? Since,
    DateOnly? Until,
    string? Notes,
    int Revision);
