namespace Baken.Core.Validation;

/// <summary>An organisation's public key for signed validation results (ES256, stored as a JWK).</summary>
public sealed class SigningKey
{
    private SigningKey() { }

    public SigningKey(Guid id, Guid organisationId, string kid, string jwk, DateTimeOffset now)
    {
        Id = id;
        OrganisationId = organisationId;
        Kid = kid;
        Jwk = jwk;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The RFC 7638 thumbprint; the JWS header names the key by it.</summary>
    public string Kid { get; private set; } = "";
    public string Jwk { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
