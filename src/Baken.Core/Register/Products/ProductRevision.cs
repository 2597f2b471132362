namespace Baken.Core.Register.Products;

/// <summary>
/// One entry of a product's public history: a snapshot taken whenever public data changes,
/// so that anyone can see what the register said at any time and what changed.
/// </summary>
public sealed class ProductRevision
{
    private ProductRevision() { }

    public ProductRevision(Guid productId, int number, string change, ProductStatus status, ProductContent content, DateTimeOffset recordedAt)
    {
        ProductId = productId;
        Number = number;
        Change = change;
        Status = status;
        Content = content;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }
    public Guid ProductId { get; private set; }
    public int Number { get; private set; }

    /// <summary>What happened: published, updated, withdrawn.</summary>
    public string Change { get; private set; } = "";
    public ProductStatus Status { get; private set; }
    public ProductContent Content { get; private set; } = null!;
    public DateTimeOffset RecordedAt { get; private set; }
}
