using Baken.Core.Classification;

namespace Baken.Core.Register.Products;

/// <summary>A released version of a product, as the maker labels it ("1.0", "2024.2").</summary>
public sealed class ProductVersion
{
    private ProductVersion() { }

    internal ProductVersion(Guid id, Guid productId, string label, DateOnly? releasedOn, string? notes, DateTimeOffset now)
    {
        Id = id;
        ProductId = productId;
        Label = label;
        ReleasedOn = releasedOn;
        Notes = notes;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public string Label { get; private set; } = "";
    public DateOnly? ReleasedOn { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The maker's saved classification of this version, with the rule set that drew it; null until saved.</summary>
    public StoredClassification? Classification { get; private set; }

    internal void Classify(StoredClassification classification) => Classification = classification;
}
