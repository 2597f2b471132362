using Baken.Core.Data;
using Baken.Core.Ethics;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>Ethics records (guidance-ethics approach) of products and deployments.</summary>
internal static class EthicsApi
{
    public static void MapEthicsApi(this RouteGroupBuilder api)
    {
        var records = api.MapGroup("/ethics-records").WithTags("Ethics");
        records.MapPost("", CreateAsync).WithName("CreateEthicsRecord").WithSummary("Leg een ethische afweging vast bij een product of inzet").RequireAuthorization();
        records.MapGet("/{id:guid}", GetAsync).WithName("GetEthicsRecord").WithSummary("Eén ethische afweging");
        records.MapPut("/{id:guid}", ReplaceAsync).WithName("ReplaceEthicsRecord").WithSummary("Wijzig een ethische afweging (If-Match verplicht)").RequireAuthorization();
        records.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteEthicsRecord").WithSummary("Verwijder een ethische afweging").RequireAuthorization();
        api.MapGet("/products/{id:guid}/ethics-records", ForProductAsync).WithTags("Ethics").WithName("ListProductEthicsRecords")
            .WithSummary("Ethische afwegingen bij een product");
        api.MapGet("/deployments/{id:guid}/ethics-records", ForDeploymentAsync).WithTags("Ethics").WithName("ListDeploymentEthicsRecords")
            .WithSummary("Ethische afwegingen bij een inzet");
    }

    public sealed record EthicsRecordView(
        Guid Id, Guid? ProductId, Guid? DeploymentId, Guid OwnerOrganisationId, string? Title, string Case,
        IReadOnlyList<EthicsActor> Actors, IReadOnlyList<EthicsEffect> Effects, IReadOnlyList<EthicsValue> Values, IReadOnlyList<ActionOption> Options,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Revision)
    {
        public static EthicsRecordView From(EthicsRecord r) => new(
            r.Id, r.ProductId, r.DeploymentId, r.OwnerOrganisationId, r.Content.Title, r.Content.Case,
            r.Content.Actors, r.Content.Effects, r.Content.Values, r.Content.Options, r.CreatedAt, r.UpdatedAt, r.Revision);
    }

    private static async Task<ApiResult<Created<EthicsRecordView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> CreateAsync(SaveEthicsRecord.CreateRequest body, BakenDbContext db, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await SaveEthicsRecord.CreateAsync(db, actor, clock, body, ct);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        http.Response.Headers.ETag = ETags.For(result.Value.Revision);
        return TypedResults.Created($"/api/v1/ethics-records/{result.Value.Id}", EthicsRecordView.From(result.Value));
    }

    private static async Task<ApiResult<Ok<EthicsRecordView>, Problem.NotFound>> GetAsync(Guid id, BakenDbContext db, Actor actor, HttpContext http, CancellationToken ct)
    {
        var record = await db.EthicsRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !EthicsAccess.CanRead(actor, record))
        {
            return Error.NotFound("The ethics record");
        }

        http.Response.Headers.ETag = ETags.For(record.Revision);
        return TypedResults.Ok(EthicsRecordView.From(record));
    }

    private static async Task<ApiResult<Ok<EthicsRecordView>, Problem.Invalid, Problem.NotFound, Problem.Forbidden, Problem.Stale, Problem.RevisionRequired>> ReplaceAsync(Guid id, EthicsContent body, BakenDbContext db, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await SaveEthicsRecord.ReplaceAsync(db, actor, clock, id, body, ETags.ExpectedRevision(http.Request), ct);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        http.Response.Headers.ETag = ETags.For(result.Value.Revision);
        return TypedResults.Ok(EthicsRecordView.From(result.Value));
    }

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Forbidden, Problem.Stale>> DeleteAsync(Guid id, BakenDbContext db, Actor actor, HttpContext http, CancellationToken ct)
    {
        var result = await SaveEthicsRecord.DeleteAsync(db, actor, id, ETags.ExpectedRevision(http.Request), ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }

    private static async Task<ApiResult<Ok<List<EthicsRecordView>>, Problem.NotFound>> ForProductAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct) =>
        Listed(await EthicsRecords.ForProductAsync(db, actor, id, ct));

    private static async Task<ApiResult<Ok<List<EthicsRecordView>>, Problem.NotFound>> ForDeploymentAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct) =>
        Listed(await EthicsRecords.ForDeploymentAsync(db, actor, id, ct));

    private static ApiResult<Ok<List<EthicsRecordView>>, Problem.NotFound> Listed(Result<EthicsRecords.Listing> listing) =>
        listing.IsSuccess ? TypedResults.Ok(listing.Value.Records.Select(EthicsRecordView.From).ToList()) : listing.Error;
}
