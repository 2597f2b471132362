using Baken.Core.Register.Products;

namespace Baken.Core.Register.Search;

public enum ProductSort
{
    Name,
    Updated,
}

/// <summary>Filters of the register list; every one is optional and they combine with AND.</summary>
public sealed record ProductQuery
{
    public string? Search { get; init; }
    public ApplicationArea? Area { get; init; }
    public CareSector? Sector { get; init; }
    public LifecyclePhase? Phase { get; init; }
    public Regime? Regime { get; init; }
    public string? DeviceClass { get; init; }
    public AiKind? AiKind { get; init; }
    public HostingRegion? HostingRegion { get; init; }

    /// <summary>The maker's id or slug.</summary>
    public string? Maker { get; init; }
    public bool? HighRisk { get; init; }
    public ProductStatus? Status { get; init; }
    public ProductSort Sort { get; init; } = ProductSort.Name;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record ProductPage(IReadOnlyList<ProductSummary> Items, int Page, int PageSize, int Total);
