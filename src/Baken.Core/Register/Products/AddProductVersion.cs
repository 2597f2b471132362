using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Products;

/// <summary>The maker records a released version, which deployments, assessments and validations refer to.</summary>
public static class AddProductVersion
{
    public sealed record Request(string Label, DateOnly? ReleasedOn = null, string? Notes = null);

    public static async Task<Result<ProductVersion>> HandleAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid productId, Request request, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (!RegisterAccess.CanEdit(actor, product))
        {
            return Error.Forbidden("Only the maker's vendor editors may add versions.");
        }

        var errors = new FieldErrors();
        errors.Text("label", request.Label, 50, required: true);
        errors.Text("notes", request.Notes, 2000);
        if (product.Versions.Any(v => v.Label == request.Label))
        {
            errors.Add("label", $"Version '{request.Label}' already exists for this product.", ErrorCodes.Taken);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = clock.GetUtcNow();
        var version = product.AddVersion(Guid.CreateVersion7(now), request.Label.Trim(), request.ReleasedOn, request.Notes, now);
        db.Audit.Action = AuditActions.ProductAddVersion;
        if (await db.TrySaveChangesAsync("the product", ct) is { } clash)
        {
            return clash;
        }

        return version;
    }
}
