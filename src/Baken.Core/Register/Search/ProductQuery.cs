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

    /// <summary>
    /// By the saved classification: a device class ("IIa"), "not-a-device" (classified, no class)
    /// or "unclassified". Unlike <see cref="DeviceClass"/>, which matches the maker's certificates.
    /// </summary>
    public string? Classification { get; init; }
    public ProductStatus? Status { get; init; }
    public ProductSort Sort { get; init; } = ProductSort.Name;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>The values of <see cref="ProductQuery.Classification"/>.</summary>
public static class ClassificationFilter
{
    /// <summary>Classified, and not a medical device.</summary>
    public const string NotADevice = "not-a-device";

    /// <summary>No classification saved.</summary>
    public const string Unclassified = "unclassified";

    /// <summary>Every accepted value.</summary>
    public static readonly string[] Values = ["I", "IIa", "IIb", "III", "A", "B", "C", "D", NotADevice, Unclassified];

    /// <summary>Whether a product with these classification fields passes the filter (null passes all).</summary>
    public static bool Matches(string? filter, bool? aiActHighRisk, string? deviceClass) => filter switch
    {
        null => true,
        Unclassified => aiActHighRisk is null,
        NotADevice => aiActHighRisk is not null && deviceClass is null,
        _ => string.Equals(deviceClass, filter, StringComparison.Ordinal),
    };
}

public sealed record ProductPage(IReadOnlyList<ProductSummary> Items, int Page, int PageSize, int Total);
