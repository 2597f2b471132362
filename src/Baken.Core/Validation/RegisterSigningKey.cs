using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Validation;

/// <summary>A care organisation registers the public key its validation agent signs with.</summary>
public static class RegisterSigningKey
{
    public sealed record Request(JsonObject Jwk);

    public static async Task<Result<SigningKey>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Guid organisationId, Request request, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.NotFound("The organisation");
        }

        if (!ValidationAccess.CanManageKeys(actor, organisationId))
        {
            return Error.Forbidden("Only the organisation's care-organisation editors may register its signing keys.");
        }

        if (request.Jwk.ContainsKey("d"))
        {
            return Error.Invalid("jwk", "This is a private key. Register only the public key (baken-signing-key.jwk.json); keep the private key at your organisation.");
        }

        using var key = ResultSignature.FromJwk(request.Jwk);
        if (key is null)
        {
            return Error.Invalid("jwk", "Expected a public EC key on curve P-256 (kty EC, crv P-256, x and y of 32 bytes each).");
        }

        var publicJwk = ResultSignature.PublicJwk(key);
        var kid = (string)publicJwk["kid"]!;
        if (await db.SigningKeys.AnyAsync(k => k.Kid == kid, ct))
        {
            return Error.Conflict(UniqueValues.KeyRegistered, ErrorCodes.AlreadyExists);
        }

        var now = clock.GetUtcNow();
        var signingKey = new SigningKey(Guid.CreateVersion7(now), organisationId, kid, publicJwk.ToJsonString(), now);
        db.SigningKeys.Add(signingKey);
        db.Audit.Action = AuditActions.SigningKeyRegister;
        if (await db.TrySaveChangesAsync("the signing key", ct) is { } clash)
        {
            return clash;
        }

        return signingKey;
    }
}
