using Baken.Core.Data;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Platform.Identity;

/// <summary>A signed-in user makes a machine credential for themselves; the secret is returned once.</summary>
public static class IssueApiToken
{
    public sealed record Request(string? Name, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt = null);

    public sealed record Issued(ApiToken Token, string Secret);

    public static async Task<Result<Issued>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Request request, CancellationToken ct)
    {
        if (actor.UserId is not { } userId || !actor.MayWrite)
        {
            return Error.Forbidden("This token has no 'write' scope.");
        }

        var errors = new FieldErrors();
        errors.Text("name", request.Name, 100, required: true);
        var scopes = request.Scopes ?? [];
        if (scopes.Count == 0 || scopes.Except(TokenScopes.All).Any())
        {
            errors.Add("scopes", $"Use one or more of: {string.Join(", ", TokenScopes.All)}.", ErrorCodes.Choose);
        }

        // A token can never outgrow the token that made it.
        if (actor.Scopes is { } own && scopes.Any(s => !own.Contains(s)))
        {
            errors.Add("scopes", "A token cannot grant scopes its creator does not have.");
        }

        var now = clock.GetUtcNow();
        if (request.ExpiresAt is { } expires && expires <= now)
        {
            errors.Add("expiresAt", "The expiry lies in the past.", ErrorCodes.InPast);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var (token, secret) = ApiToken.Issue(userId, request.Name!.Trim(), scopes, now, request.ExpiresAt);
        db.ApiTokens.Add(token);
        db.Audit.Action = AuditActions.ApiTokenCreate;
        if (await db.TrySaveChangesAsync("the token", ct) is { } clash)
        {
            return clash;
        }

        return new Issued(token, secret);
    }
}
