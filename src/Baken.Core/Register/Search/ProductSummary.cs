using Baken.Core.Register.Products;

namespace Baken.Core.Register.Search;

/// <summary>A product as the register list shows it, with its folded search text.</summary>
public sealed record ProductSummary(
    Guid Id,
    string Slug,
    string Name,
    Guid MakerId,
    string MakerName,
    string MakerSlug,
    ProductStatus Status,
    string ShortDescription,
    string? EnglishSummary,
    ApplicationArea ApplicationArea,
    IReadOnlyList<CareSector> Sectors,
    AiKind AiKind,
    AiTask Task,
    LifecyclePhase Phase,
    HostingRegion? HostingRegion,
    IReadOnlyList<CertificationSummary> Certifications,
    bool? AiActHighRisk,
    string? ClassifiedDeviceClass,
    DateTimeOffset UpdatedAt)
{
    internal string FoldedText { get; init; } = "";
    internal string FoldedName { get; init; } = "";

    public static ProductSummary From(Product p, string makerName, string makerSlug)
    {
        var c = p.Content;
        return new ProductSummary(
            p.Id, p.Slug, c.Name, p.MakerId, makerName, makerSlug, p.Status, c.ShortDescription, c.EnglishSummary,
            c.ApplicationArea, c.Sectors, c.AiKind, c.Task, c.Phase, c.HostingRegion,
            [.. c.Certifications.Select(x => new CertificationSummary(x.Regime, x.DeviceClass))],
            p.AiActHighRisk, p.ClassifiedDeviceClass, p.UpdatedAt)
        {
            FoldedName = SearchText.Fold(c.Name),
            FoldedText = SearchText.Fold(string.Join(' ', c.Name, c.Slug, makerName, c.ShortDescription, c.EnglishSummary,
                c.IntendedUse, c.IntendedUsers, c.PatientPopulation)),
        };
    }
}

public sealed record CertificationSummary(Regime Regime, string? DeviceClass);
