using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Products;

/// <summary>A maker registers a new product; it starts as a draft.</summary>
public static class CreateProduct
{
    /// <param name="Content">What the maker states about the product.</param>
    /// <param name="MakerId">The making organisation; defaults to the caller's own.</param>
    public sealed record Request(ProductContent Content, Guid? MakerId = null);

    public static async Task<Result<Product>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Request request, CancellationToken ct)
    {
        var makerId = request.MakerId ?? actor.OrganisationId;
        if (makerId is not { } maker || !RegisterAccess.CanCreateFor(actor, maker))
        {
            return Error.Forbidden("You may register products only for your own organisation, as its vendor editor.");
        }

        var errors = ProductRules.Validate(request.Content);
        if (!await db.Organisations.AnyAsync(o => o.Id == maker, ct))
        {
            errors.Add("makerId", "No organisation has this id.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        if (await db.Products.AnyAsync(p => p.Slug == request.Content.Slug, ct))
        {
            return Error.Invalid("content.slug", $"The slug '{request.Content.Slug}' is already taken.", ErrorCodes.Taken);
        }

        var now = clock.GetUtcNow();
        var product = Product.Create(Guid.CreateVersion7(now), maker, request.Content, now);
        db.Products.Add(product);
        db.Audit.Action = AuditActions.ProductCreate;
        if (await db.TrySaveChangesAsync("the product", ct) is { } clash)
        {
            return clash;
        }

        return product;
    }
}
