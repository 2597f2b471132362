using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Classification;

/// <summary>
/// The maker saves the classification of one product version: the facts are evaluated with the
/// current rules and stored with the outcome. Saving again replaces it (idempotent for the same facts).
/// </summary>
public static class SaveClassification
{
    /// <summary>Evaluates and stores; field errors as for evaluation, 404/403 as for other product edits.</summary>
    public static async Task<Result<StoredClassification>> HandleAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, ClassificationRules rules,
        Guid productId, Guid versionId, ClassificationFacts facts, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (!RegisterAccess.CanEdit(actor, product))
        {
            return Error.Forbidden("Only the maker's vendor editors may classify this product.");
        }

        if (product.Versions.All(v => v.Id != versionId))
        {
            return Error.NotFound("The product version");
        }

        var outcome = Classifier.Evaluate(rules.Current, facts);
        if (!outcome.IsSuccess)
        {
            return outcome.Error;
        }

        var now = clock.GetUtcNow();
        var stored = new StoredClassification(facts, outcome.Value, now);
        var step = product.Classify(versionId, stored, now);
        if (!step.Succeeded)
        {
            return Error.Conflict(step.Reason!, ErrorCodes.TransitionNotAllowed);
        }

        db.Audit.Action = AuditActions.ProductClassify;
        if (await db.TrySaveChangesAsync("the product", ct) is { } clash)
        {
            return clash;
        }

        return stored;
    }

    /// <summary>The saved classification of a version, if the caller may see the product.</summary>
    public static async Task<Result<StoredClassification>> GetAsync(BakenDbContext db, Actor actor, Guid productId, Guid versionId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        var version = product.Versions.FirstOrDefault(v => v.Id == versionId);
        if (version is null)
        {
            return Error.NotFound("The product version");
        }

        return version.Classification is { } stored ? stored : Error.NotFound("A saved classification of this version");
    }
}
