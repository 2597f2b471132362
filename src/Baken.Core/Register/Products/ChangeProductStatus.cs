using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Products;

/// <summary>The lifecycle steps: send for review, publish, send back, withdraw.</summary>
public static class ChangeProductStatus
{
    public enum Step
    {
        RequestReview,
        Publish,
        Return,
        Withdraw,
    }

    public static async Task<Result<Product>> HandleAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, Step step, string? reason, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        var allowed = step switch
        {
            Step.RequestReview => RegisterAccess.CanEdit(actor, product),
            Step.Publish or Step.Return => RegisterAccess.CanReview(actor),
            _ => RegisterAccess.CanWithdraw(actor, product),
        };
        if (!allowed)
        {
            return Error.Forbidden(step switch
            {
                Step.RequestReview => "Only the maker's vendor editors may send this product for review.",
                Step.Publish or Step.Return => "Only reviewers may publish a product or send it back.",
                _ => "Only the maker's vendor editors or reviewers may withdraw this product.",
            });
        }

        if (step == Step.Return && string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("reason", "Say why the product is sent back, so the maker can act on it.", ErrorCodes.ReasonRequired);
        }

        var errors = new FieldErrors();
        errors.Text("reason", reason, 2000);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = clock.GetUtcNow();
        var outcome = step switch
        {
            Step.RequestReview => product.RequestReview(now),
            Step.Publish => product.Publish(now),
            Step.Return => product.ReturnToDraft(reason!, now),
            _ => product.Withdraw(now),
        };
        if (!outcome.Succeeded)
        {
            return Error.Conflict(outcome.Reason!, ErrorCodes.TransitionNotAllowed);
        }

        var (action, change) = step switch
        {
            Step.RequestReview => (AuditActions.ProductRequestReview, null),
            Step.Publish => (AuditActions.ProductPublish, "published"),
            Step.Return => (AuditActions.ProductReturn, null),
            _ => (AuditActions.ProductWithdraw, "withdrawn"),
        };
        db.Audit.Action = action;
        if (change is not null)
        {
            await ProductHistory.RecordAsync(db, product, change, now, ct);
        }

        if (await db.TrySaveChangesAsync("the product", ct) is { } clash)
        {
            return clash;
        }

        return product;
    }
}
