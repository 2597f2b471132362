using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;

namespace Baken.Core.Register.Products;

/// <summary>
/// A maker's editor adds or removes one certification or evidence item. The rest of the content
/// stays as stored; the change takes the same path (rules, history, provenance) as any other edit.
/// </summary>
public static class EditProductLists
{
    public enum ProductList
    {
        Certifications,
        Evidence,
    }

    public static Task<Result<Product>> AddCertificationAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, Certification certification, int? expectedRevision, CancellationToken ct) =>
        ChangeAsync(db, actor, clock, id, expectedRevision, c => c with { Certifications = [.. c.Certifications, certification] }, ct);

    public static Task<Result<Product>> AddEvidenceAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, EvidenceItem item, int? expectedRevision, CancellationToken ct) =>
        ChangeAsync(db, actor, clock, id, expectedRevision, c => c with { Evidence = [.. c.Evidence, item] }, ct);

    /// <summary>Removes the item at <paramref name="index"/> (as listed in the content).</summary>
    public static Task<Result<Product>> RemoveAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, ProductList list, int index, int? expectedRevision, CancellationToken ct) =>
        ChangeAsync(db, actor, clock, id, expectedRevision, c => list switch
        {
            ProductList.Certifications when index >= 0 && index < c.Certifications.Count => c with { Certifications = [.. c.Certifications.Where((_, i) => i != index)] },
            ProductList.Evidence when index >= 0 && index < c.Evidence.Count => c with { Evidence = [.. c.Evidence.Where((_, i) => i != index)] },
            _ => null,
        }, ct);

    private static async Task<Result<Product>> ChangeAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, int? expectedRevision, Func<ProductContent, ProductContent?> change, CancellationToken ct)
    {
        var found = await UpdateProduct.EditableAsync(db, actor, id, expectedRevision, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        return change(found.Value.Content) is { } content
            ? await UpdateProduct.ApplyAsync(db, clock, found.Value, content, ct)
            : Error.NotFound("The item");
    }
}
