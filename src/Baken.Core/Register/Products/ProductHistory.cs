using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Register.Products;

/// <summary>Keeps the public history: a snapshot for every change a member of the public could see.</summary>
public static class ProductHistory
{
    public static async Task RecordAsync(BakenDbContext db, Product product, string change, DateTimeOffset now, CancellationToken ct)
    {
        if (!product.IsPublic)
        {
            return;
        }

        var last = await db.ProductRevisions.Where(r => r.ProductId == product.Id)
            .MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.ProductRevisions.Add(new ProductRevision(product.Id, last + 1, change, product.Status, product.Content, now));
    }

    public sealed record Entry(int Number, string Change, ProductStatus Status, DateTimeOffset RecordedAt, ProductContent Content, IReadOnlyList<string> ChangedFields);

    public static async Task<IReadOnlyList<Entry>> ListAsync(BakenDbContext db, Guid productId, CancellationToken ct)
    {
        var revisions = await db.ProductRevisions.AsNoTracking()
            .Where(r => r.ProductId == productId)
            .OrderBy(r => r.Number)
            .ToListAsync(ct);
        var entries = new List<Entry>(revisions.Count);
        ProductContent? previous = null;
        foreach (var r in revisions)
        {
            entries.Add(new Entry(r.Number, r.Change, r.Status, r.RecordedAt, r.Content, ProductDiff.ChangedFields(previous, r.Content)));
            previous = r.Content;
        }

        return entries;
    }
}
