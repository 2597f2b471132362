using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Platform.Identity;

/// <summary>A user revokes one of their own tokens; revoking twice keeps the first time.</summary>
public static class RevokeApiToken
{
    public static async Task<Result<ApiToken>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Guid id, CancellationToken ct)
    {
        var token = actor.UserId is { } userId
            ? await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct)
            : null;
        if (token is null)
        {
            return Error.NotFound("The token");
        }

        token.Revoke(clock.GetUtcNow());
        db.Audit.Action = AuditActions.ApiTokenRevoke;
        if (await db.TrySaveChangesAsync("the token", ct) is { } clash)
        {
            return clash;
        }

        return token;
    }
}
