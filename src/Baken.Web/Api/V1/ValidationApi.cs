using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>Signing keys, validation protocols and signed results of local validations.</summary>
internal static class ValidationApi
{
    public static void MapValidationApi(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/organisations/{id:guid}/signing-keys").WithTags("Validation");
        keys.MapGet("", ListKeysAsync).WithName("ListSigningKeys").WithSummary("Publieke sleutels van een organisatie");
        keys.MapPost("", RegisterKeyAsync).WithName("RegisterSigningKey").WithSummary("Registreer een publieke sleutel (zorgorganisatie)").RequireAuthorization();
        keys.MapPost("/{kid}/revocation", RevokeKeyAsync).WithName("RevokeSigningKey").WithSummary("Trek een sleutel in; nieuwe resultaten met die sleutel worden geweigerd").RequireAuthorization();

        var protocols = api.MapGroup("/products/{id:guid}/validation-protocols").WithTags("Validation");
        protocols.MapGet("", ListProtocolsAsync).WithName("ListValidationProtocols").WithSummary("Validatieprotocollen van een product");
        protocols.MapPost("", CreateProtocolAsync).WithName("CreateValidationProtocol").WithSummary("Nieuwe versie van een validatieprotocol").RequireAuthorization();
        api.MapGet("/validation-protocols/{id:guid}", GetProtocolAsync).WithTags("Validation").WithName("GetValidationProtocol")
            .WithSummary("Protocol als bestand voor baken validate");

        api.MapPost("/validation-results", SubmitAsync).WithTags("Validation").WithName("SubmitValidationResult")
            .WithSummary("Lever een ondertekend geaggregeerd resultaat in").RequireAuthorization();
        api.MapGet("/validation-results/{id:guid}", GetResultAsync).WithTags("Validation").WithName("GetValidationResult")
            .WithSummary("Eén resultaat met de ontvangen JWS");
        api.MapGet("/products/{id:guid}/validation-results", OverviewAsync).WithTags("Validation").WithName("ListProductValidationResults")
            .WithSummary("Resultaten van alle locaties naast elkaar, met gepoolde AUROC");
    }

    public sealed record KeyView(string Kid, JsonObject Jwk, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
    {
        public static KeyView From(SigningKey k) => new(k.Kid, JsonNode.Parse(k.Jwk)!.AsObject(), k.CreatedAt, k.RevokedAt);
    }

    public sealed record ResultView(
        Guid Id, Guid ProtocolId, Guid ProductId, Guid? ProductVersionId, Guid OrganisationId, string Kid,
        SiteSummary Summary, IReadOnlyList<CriterionOutcome> Criteria, bool AllCriteriaMet, DateTimeOffset SubmittedAt, JsonObject Result, string Jws);

    private static async Task<ApiResult<Ok<List<KeyView>>, Problem.NotFound>> ListKeysAsync(Guid id, BakenDbContext db, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == id, ct))
        {
            return Error.NotFound("The organisation");
        }

        var keys = await db.SigningKeys.AsNoTracking().Where(k => k.OrganisationId == id).ToListAsync(ct);
        return TypedResults.Ok(keys.OrderBy(k => k.CreatedAt).Select(KeyView.From).ToList());
    }

    private static async Task<ApiResult<Created<KeyView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> RegisterKeyAsync(Guid id, RegisterSigningKey.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await RegisterSigningKey.HandleAsync(db, actor, clock, id, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/organisations/{id}/signing-keys", KeyView.From(result.Value))
            : result.Error;
    }

    private static async Task<ApiResult<Ok<KeyView>, Problem.Forbidden, Problem.NotFound>> RevokeKeyAsync(Guid id, string kid, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await RevokeSigningKey.HandleAsync(db, actor, clock, id, kid, ct);
        return result.IsSuccess ? TypedResults.Ok(KeyView.From(result.Value)) : result.Error;
    }

    private static async Task<ApiResult<Ok<List<ProtocolDocument>>, Problem.NotFound>> ListProtocolsAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        var protocols = await db.ValidationProtocols.AsNoTracking().Where(p => p.ProductId == id).ToListAsync(ct);
        return TypedResults.Ok(protocols.OrderBy(p => p.Version).Select(p => p.Document).ToList());
    }

    private static async Task<ApiResult<Created<ProtocolDocument>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> CreateProtocolAsync(Guid id, CreateValidationProtocol.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await CreateValidationProtocol.HandleAsync(db, actor, clock, id, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/validation-protocols/{result.Value.Id}", result.Value.Document)
            : result.Error;
    }

    private static async Task<ApiResult<Ok<ProtocolDocument>, Problem.NotFound>> GetProtocolAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var protocol = await db.ValidationProtocols.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var product = protocol is null ? null : await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == protocol.ProductId, ct);
        return protocol is null || product is null || !RegisterAccess.CanRead(actor, product)
            ? Error.NotFound("The protocol")
            : TypedResults.Ok(protocol.Document);
    }

    private static async Task<ApiResult<Created<ResultView>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> SubmitAsync(SubmitValidationResult.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await SubmitValidationResult.HandleAsync(db, actor, clock, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/validation-results/{result.Value.Id}", View(result.Value))
            : result.Error;
    }

    private static async Task<ApiResult<Ok<ResultView>, Problem.NotFound>> GetResultAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var result = await db.ValidationResults.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        var product = result is null ? null : await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == result.ProductId, ct);
        return result is null || product is null || !RegisterAccess.CanRead(actor, product)
            ? Error.NotFound("The result")
            : TypedResults.Ok(View(result));
    }

    private static async Task<ApiResult<Ok<ProductValidationOverview.Overview>, Problem.NotFound>> OverviewAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var result = await ProductValidationOverview.HandleAsync(db, actor, id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error;
    }

    private static ResultView View(ValidationResult r) => new(
        r.Id, r.ProtocolId, r.ProductId, r.ProductVersionId, r.OrganisationId, r.Kid, r.Summary, r.Outcomes, r.AllCriteriaMet,
        r.SubmittedAt, JsonNode.Parse(r.ResultJson)!.AsObject(), r.Jws);
}
