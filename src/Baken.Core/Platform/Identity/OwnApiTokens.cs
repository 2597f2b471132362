using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Platform.Identity;

/// <summary>A user's own tokens, newest first: what the API lists and the account page shows.</summary>
public static class OwnApiTokens
{
    public static async Task<IReadOnlyList<ApiToken>> ListAsync(BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).ToListAsync(ct);
        return [.. tokens.OrderByDescending(t => t.CreatedAt)];
    }
}
