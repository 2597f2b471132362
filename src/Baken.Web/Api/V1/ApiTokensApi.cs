using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>/api/v1/api-tokens: a user's own machine credentials.</summary>
internal static class ApiTokensApi
{
    public static void MapApiTokensApi(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/api-tokens").WithTags("API tokens").RequireAuthorization();
        tokens.MapGet("", ListAsync).WithName("ListApiTokens").WithSummary("Eigen API-tokens");
        tokens.MapPost("", CreateAsync).WithName("CreateApiToken").WithSummary("Maak een API-token (eenmalig getoond)");
        tokens.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiToken").WithSummary("Trek een API-token in");
    }

    public sealed record TokenView(Guid Id, string Name, string Hint, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
    {
        public static TokenView From(ApiToken t) => new(t.Id, t.Name, t.Hint, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt);
    }

    public sealed record CreatedToken(TokenView Token, string Secret);

    private static async Task<Ok<List<TokenView>>> ListAsync(BakenDbContext db, Actor actor, CancellationToken ct) =>
        TypedResults.Ok((await OwnApiTokens.ListAsync(db, actor, ct)).Select(TokenView.From).ToList());

    private static async Task<ApiResult<Created<CreatedToken>, Problem.Invalid, Problem.Forbidden>> CreateAsync(
        IssueApiToken.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await IssueApiToken.HandleAsync(db, actor, clock, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/api-tokens/{result.Value.Token.Id}", new CreatedToken(TokenView.From(result.Value.Token), result.Value.Secret))
            : result.Error;
    }

    private static async Task<ApiResult<NoContent, Problem.NotFound>> RevokeAsync(Guid id, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await RevokeApiToken.HandleAsync(db, actor, clock, id, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
