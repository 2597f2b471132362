using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

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

    public sealed record CreateRequest(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt = null);

    public sealed record TokenView(Guid Id, string Name, string Hint, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
    {
        public static TokenView From(ApiToken t) => new(t.Id, t.Name, t.Hint, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt);
    }

    public sealed record CreatedToken(TokenView Token, string Secret);

    private static async Task<IResult> ListAsync(BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).ToListAsync(ct);
        return TypedResults.Ok(tokens.OrderByDescending(t => t.CreatedAt).Select(TokenView.From).ToList());
    }

    private static async Task<IResult> CreateAsync(CreateRequest body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        if (!actor.MayWrite)
        {
            return ProblemDetailsSetup.FromError(Error.Forbidden("This token has no 'write' scope."));
        }

        var errors = new FieldErrors();
        errors.Text("name", body.Name, 100, required: true);
        var unknown = body.Scopes.Except(TokenScopes.All).ToList();
        if (unknown.Count > 0 || body.Scopes.Count == 0)
        {
            errors.Add("scopes", $"Use one or more of: {string.Join(", ", TokenScopes.All)}.");
        }

        // A token can never outgrow the token that made it.
        if (actor.Scopes is { } own && body.Scopes.Any(s => !own.Contains(s)))
        {
            errors.Add("scopes", "A token cannot grant scopes its creator does not have.");
        }

        var now = clock.GetUtcNow();
        if (body.ExpiresAt is { } expires && expires <= now)
        {
            errors.Add("expiresAt", "The expiry lies in the past.");
        }

        if (errors.Any)
        {
            return ProblemDetailsSetup.FromError(errors.ToError());
        }

        var (token, secret) = ApiToken.Issue(actor.UserId!.Value, body.Name.Trim(), body.Scopes, now, body.ExpiresAt);
        db.ApiTokens.Add(token);
        db.Audit.Action = AuditActions.ApiTokenCreate;
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/api-tokens/{token.Id}", new CreatedToken(TokenView.From(token), secret));
    }

    private static async Task<IResult> RevokeAsync(Guid id, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return ProblemDetailsSetup.FromError(Error.NotFound("The token"));
        }

        token.Revoke(clock.GetUtcNow());
        db.Audit.Action = AuditActions.ApiTokenRevoke;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
