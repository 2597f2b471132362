using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Products;

/// <summary>A reviewer confirms the maker's statements of some field groups ("verified").</summary>
public static class VerifyProduct
{
    public sealed record Request(IReadOnlyList<FieldGroup> Groups);

    public static async Task<Result<Product>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Guid id, Request request, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (!RegisterAccess.CanReview(actor))
        {
            return Error.Forbidden("Only reviewers may mark facts as verified.");
        }

        if (request.Groups.Count == 0)
        {
            return Error.Invalid("groups", "Name at least one field group.");
        }

        var outcome = product.Verify(request.Groups, clock.GetUtcNow());
        if (!outcome.Succeeded)
        {
            return Error.Conflict(outcome.Reason!, ErrorCodes.TransitionNotAllowed);
        }

        db.Audit.Action = AuditActions.ProductVerify;
        if (await db.TrySaveChangesAsync("the product", ct) is { } clash)
        {
            return clash;
        }

        return product;
    }
}
