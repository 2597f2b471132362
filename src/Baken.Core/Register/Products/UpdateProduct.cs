using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Products;

/// <summary>
/// Changes a product's content with a JSON merge patch on its representation. Only
/// <c>content</c> can be patched; the rest is managed by the lifecycle.
/// </summary>
public static class UpdateProduct
{
    public static async Task<Result<Product>> HandleAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, JsonObject patch, int? expectedRevision, CancellationToken ct)
    {
        var found = await EditableAsync(db, actor, id, expectedRevision, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var product = found.Value;
        var readOnly = patch.Select(p => p.Key).Where(k => k != "content").ToList();
        if (readOnly.Count > 0)
        {
            return Error.Invalid(readOnly.ToDictionary(k => k, _ => new[] { "This field cannot be changed with PATCH; only 'content' can." }));
        }

        if (patch["content"] is not JsonObject contentPatch)
        {
            return Error.Invalid("content", "Send the changed fields inside a 'content' object.");
        }

        var merged = ProductJson.Read(ProductJson.MergePatch(ProductJson.Write(product.Content), contentPatch));
        if (!merged.IsSuccess)
        {
            return Prefix(merged.Error);
        }

        return await ApplyAsync(db, clock, product, merged.Value, ct);
    }

    /// <summary>
    /// Validates and stores new content for a product the caller may edit (loaded with its versions,
    /// tracked): the one path every change of content takes, whatever host or form it came from.
    /// </summary>
    internal static async Task<Result<Product>> ApplyAsync(BakenDbContext db, TimeProvider clock, Product product, ProductContent content, CancellationToken ct)
    {
        var errors = ProductRules.Validate(content);
        if (errors.Any)
        {
            return Prefix(errors.ToError());
        }

        if (content.Slug != product.Slug && await db.Products.AnyAsync(p => p.Slug == content.Slug, ct))
        {
            return Error.Invalid("content.slug", $"The slug '{content.Slug}' is already taken.", ErrorCodes.Taken);
        }

        var now = clock.GetUtcNow();
        var outcome = product.Update(content, now);
        if (!outcome.Succeeded)
        {
            return Error.Conflict(outcome.Reason!, ErrorCodes.TransitionNotAllowed);
        }

        db.Audit.Action = AuditActions.ProductUpdate;
        await ProductHistory.RecordAsync(db, product, "updated", now, ct);
        if (await db.TrySaveChangesAsync("the product", ct) is { } clash)
        {
            return clash;
        }

        return product;
    }

    /// <summary>The product, tracked with its versions, when the caller may change it at this revision.</summary>
    internal static async Task<Result<Product>> EditableAsync(BakenDbContext db, Actor actor, Guid id, int? expectedRevision, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (!RegisterAccess.CanEdit(actor, product))
        {
            return Error.Forbidden("Only the maker's vendor editors may change this product.");
        }

        if (expectedRevision is { } expected && expected != product.Revision)
        {
            return Error.Stale($"The product has changed since revision {expected}; it is now at revision {product.Revision}. Fetch it again.");
        }

        return product;
    }

    private static Error Prefix(Error error) => error.WithFieldNames(f => f == "$" ? "content" : "content." + f);
}
