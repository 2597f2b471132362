using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Deployments;

/// <summary>A care organisation records that it uses (or is preparing to use) a published product.</summary>
public static class CreateDeployment
{
    public sealed record Request(
        Guid ProductId,
        DeploymentStatus Status,
        Guid? ProductVersionId = null,
        Guid? OrganisationId = null,
        DateOnly? Since = null,
        DateOnly? Until = null,
        string? Notes = null);

    public static async Task<Result<Deployment>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Request request, CancellationToken ct)
    {
        var organisationId = request.OrganisationId ?? actor.OrganisationId;
        if (organisationId is not { } orgId || !RegisterAccess.CanRegisterDeployment(actor, orgId))
        {
            return Error.Forbidden("You may register deployments only for your own care organisation, as its care-organisation editor.");
        }

        var errors = new FieldErrors();
        errors.Text("notes", request.Notes, 2000);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
        if (organisation is null)
        {
            errors.Add("organisationId", "No organisation has this id.");
        }
        else if (organisation.Kind != OrganisationKind.CareProvider)
        {
            errors.Add("organisationId", "Only care providers register deployments.");
        }

        var product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == request.ProductId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            errors.Add("productId", "No product has this id.");
        }
        else if (product.Status != Products.ProductStatus.Published)
        {
            errors.Add("productId", "Only published products can be deployed.", ErrorCodes.NotPublished);
        }
        else if (request.ProductVersionId is { } versionId && product.Versions.All(v => v.Id != versionId))
        {
            errors.Add("productVersionId", "This version does not belong to the product.");
        }

        if (request.Since is { } since && request.Until is { } until && until < since)
        {
            errors.Add("until", "The end date lies before the start date.", ErrorCodes.EndBeforeStart);
        }

        if (request.Status == DeploymentStatus.OutOfUse && request.Until is null)
        {
            errors.Add("until", "A deployment that is out of use needs an end date.", ErrorCodes.EndRequired);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = clock.GetUtcNow();
        var deployment = Deployment.Create(
            Guid.CreateVersion7(now), request.ProductId, request.ProductVersionId, orgId, request.Status,
            request.Since, request.Until, request.Notes, now);
        db.Deployments.Add(deployment);
        db.Audit.Action = AuditActions.DeploymentCreate;
        if (await db.TrySaveChangesAsync("the deployment", ct) is { } clash)
        {
            return clash;
        }

        return deployment;
    }
}
