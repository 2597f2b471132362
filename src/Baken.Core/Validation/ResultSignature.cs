using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baken.Core.Validation;

/// <summary>
/// ES256 (ECDSA P-256, SHA-256) compact JWS and public JWKs (RFC 7515, 7517, 7638). Small enough
/// to write on the platform's own crypto rather than add a JOSE library for three functions.
/// </summary>
public static class ResultSignature
{
    public static ECDsa CreateKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The public half as a JWK with its RFC 7638 thumbprint as <c>kid</c>.</summary>
    public static JsonObject PublicJwk(ECDsa key)
    {
        var p = key.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url(p.Q.X!),
            ["y"] = Base64Url(p.Q.Y!),
        };
        jwk["kid"] = Thumbprint(jwk);
        return jwk;
    }

    /// <summary>RFC 7638: SHA-256 over the required members in lexicographic order, no white space.</summary>
    public static string Thumbprint(JsonObject jwk)
    {
        var canonical = $"{{\"crv\":\"{(string?)jwk["crv"]}\",\"kty\":\"{(string?)jwk["kty"]}\",\"x\":\"{(string?)jwk["x"]}\",\"y\":\"{(string?)jwk["y"]}\"}}";
        return Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Loads a public P-256 JWK; null when it is not one.</summary>
    public static ECDsa? FromJwk(JsonObject jwk)
    {
        try
        {
            if ((string?)jwk["kty"] != "EC" || (string?)jwk["crv"] != "P-256")
            {
                return null;
            }

            var x = FromBase64Url((string?)jwk["x"] ?? "");
            var y = FromBase64Url((string?)jwk["y"] ?? "");
            if (x.Length != 32 || y.Length != 32)
            {
                return null;
            }

            var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
            return key;
        }
        catch (Exception e) when (e is FormatException or CryptographicException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string Sign(ReadOnlySpan<byte> payload, ECDsa key, string kid)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["alg"] = "ES256", ["kid"] = kid, ["typ"] = "JOSE" }));
        var signingInput = header + "." + Base64Url(payload);

        // .NET signs ECDSA in IEEE P1363 form (r || s), which is exactly what JWS ES256 uses.
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>Splits a compact JWS and reads its protected header; null when malformed.</summary>
    public static (JsonObject Header, byte[] Payload)? Parse(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var header = JsonNode.Parse(FromBase64Url(parts[0])) as JsonObject;
            return header is null ? null : (header, FromBase64Url(parts[1]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static bool Verify(string compact, ECDsa publicKey)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3 || Parse(compact) is not { } parsed || (string?)parsed.Header["alg"] != "ES256")
        {
            return false;
        }

        try
        {
            var signature = FromBase64Url(parts[2]);
            return signature.Length == 64
                && publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Not base64url.") };
        return Convert.FromBase64String(padded);
    }
}
