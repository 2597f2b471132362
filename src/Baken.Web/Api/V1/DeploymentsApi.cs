using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Api.V1;

/// <summary>/api/v1/deployments: which care organisation uses which product version.</summary>
internal static class DeploymentsApi
{
    public static void MapDeploymentsApi(this RouteGroupBuilder api)
    {
        var deployments = api.MapGroup("/deployments").WithTags("Deployments");
        deployments.MapGet("", ListAsync).WithName("ListDeployments").WithSummary("Inzet van producten bij zorgorganisaties");
        deployments.MapPost("", CreateAsync).WithName("CreateDeployment").WithSummary("Registreer inzet (zorgorganisatie)").RequireAuthorization();
        deployments.MapGet("/{id:guid}", GetAsync).WithName("GetDeployment").WithSummary("Eén inzet");
        deployments.MapPost("/{id:guid}/ending", EndAsync).WithName("EndDeployment").WithSummary("Beëindig inzet (zorgorganisatie)").RequireAuthorization();
    }

    private static IQueryable<Deployment> Visible(BakenDbContext db, Actor actor)
    {
        var query = db.Deployments.AsNoTracking().Include(d => d.Organisation).Include(d => d.Product).Include(d => d.ProductVersion).AsQueryable();
        if (actor.SeesUnpublished)
        {
            return query;
        }

        var own = actor.OrganisationId;
        return query.Where(d => d.Product!.Status == ProductStatus.Published || d.Product!.Status == ProductStatus.Withdrawn || d.OrganisationId == own);
    }

    private static DeploymentView View(Deployment d) => new(
        d.Id, new OrganisationRef(d.OrganisationId, d.Organisation!.Name), d.ProductId, d.Product!.Content.Name,
        d.ProductVersionId, d.ProductVersion?.Label, d.Status, d.Since, d.Until, d.Notes, d.Revision);

    private static async Task<ApiResult<Ok<PageOf<DeploymentView>>, Problem.Invalid>> ListAsync(
        BakenDbContext db, Actor actor, HttpRequest request, Guid? product, Guid? organisation, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Paging.Validate(errors, page, pageSize);
        DeploymentStatus? statusFilter = null;
        if (status is not null)
        {
            if (BakenJson.TryParseEnum<DeploymentStatus>(status, out var parsed))
            {
                statusFilter = parsed;
            }
            else
            {
                errors.Add("status", "Unknown value; use in-development, in-use or out-of-use.", ErrorCodes.UnknownValue);
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var query = Visible(db, actor);
        if (product is { } productId)
        {
            query = query.Where(d => d.ProductId == productId);
        }

        if (organisation is { } organisationId)
        {
            query = query.Where(d => d.OrganisationId == organisationId);
        }

        if (statusFilter is { } s)
        {
            query = query.Where(d => d.Status == s);
        }

        int p = page ?? 1, size = pageSize ?? 20;
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(d => d.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(Paging.Create(request, items.Select(View).ToList(), p, size, total));
    }

    private static async Task<ApiResult<Ok<DeploymentView>, Problem.NotFound>> GetAsync(Guid id, BakenDbContext db, Actor actor, HttpContext context, CancellationToken ct)
    {
        var deployment = await Visible(db, actor).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deployment is null)
        {
            return Error.NotFound("The deployment");
        }

        context.Response.Headers.ETag = ETags.For(deployment.Revision);
        return TypedResults.Ok(View(deployment));
    }

    private static async Task<ApiResult<Ok<DeploymentView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict, Problem.Stale>> EndAsync(
        Guid id, EndDeployment.Request body, BakenDbContext db, Actor actor, HttpContext context, CancellationToken ct)
    {
        var result = await EndDeployment.HandleAsync(db, actor, id, body, ct);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var ended = await Visible(db, actor).FirstAsync(d => d.Id == id, ct);
        context.Response.Headers.ETag = ETags.For(ended.Revision);
        return TypedResults.Ok(View(ended));
    }

    private static async Task<ApiResult<Created<DeploymentView>, Problem.Invalid, Problem.Forbidden>> CreateAsync(
        CreateDeployment.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await CreateDeployment.HandleAsync(db, actor, clock, body, ct);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var created = await Visible(db, actor).FirstAsync(d => d.Id == result.Value.Id, ct);
        return TypedResults.Created($"/api/v1/deployments/{created.Id}", View(created));
    }
}
