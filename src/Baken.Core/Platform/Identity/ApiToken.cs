using System.Security.Cryptography;
using System.Text;

namespace Baken.Core.Platform.Identity;

/// <summary>
/// A machine credential. Only the SHA-256 of the secret is stored: the secret has 256 bits of
/// entropy, so a slow password hash would add cost without adding safety.
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "bkn_";

    private ApiToken() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string TokenHash { get; private set; } = "";

    /// <summary>The first characters of the secret, so a user can tell tokens apart.</summary>
    public string Hint { get; private set; } = "";
    public List<string> Scopes { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static (ApiToken Token, string Secret) Issue(Guid userId, string name, IEnumerable<string> scopes, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = name,
            TokenHash = Hash(secret),
            Hint = secret[..10],
            Scopes = [.. scopes.Distinct()],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>What a token may be used for; a token never grants more than its user's roles.</summary>
public static class TokenScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string SubmitResults = "validation:submit";

    public static readonly IReadOnlyList<string> All = [Read, Write, SubmitResults];
}
