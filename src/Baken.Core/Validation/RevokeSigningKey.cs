using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Validation;

/// <summary>
/// A care organisation withdraws a signing key (lost laptop, staff leaving, routine rotation).
/// Results already accepted stay, since they were verified when they arrived and keep their JWS;
/// new submissions signed with the key are refused. Revoking twice is harmless.
/// </summary>
public static class RevokeSigningKey
{
    public static async Task<Result<SigningKey>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Guid organisationId, string kid, CancellationToken ct)
    {
        var key = await db.SigningKeys.FirstOrDefaultAsync(k => k.OrganisationId == organisationId && k.Kid == kid, ct);
        if (key is null)
        {
            return Error.NotFound("The signing key");
        }

        if (!ValidationAccess.CanManageKeys(actor, organisationId))
        {
            return Error.Forbidden("Only the organisation's care-organisation editors may revoke its signing keys.");
        }

        if (key.IsActive)
        {
            key.Revoke(clock.GetUtcNow());
            db.Audit.Action = AuditActions.SigningKeyRevoke;
            if (await db.TrySaveChangesAsync("the signing key", ct) is { } clash)
            {
                return clash;
            }
        }

        return key;
    }
}
