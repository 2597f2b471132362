using System.Text;
using System.Text.Json.Nodes;
using Baken.Core.Validation;

namespace Baken.Core.Tests.Validation;

public sealed class ResultSignatureTests
{
    // RFC 7515, appendix A.3: the ES256 example key and its compact JWS.
    private static readonly JsonObject RfcKey = new()
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["x"] = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
        ["y"] = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
    };

    private const string RfcJws =
        "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
        + "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

    [Fact]
    public void Verify_Rfc7515Example_Verifies()
    {
        using var key = ResultSignature.FromJwk(RfcKey);

        Assert.True(ResultSignature.Verify(RfcJws, key!));
    }

    [Fact]
    public void Verify_Rfc7515ExampleWithChangedPayload_Fails()
    {
        using var key = ResultSignature.FromJwk(RfcKey);
        var parts = RfcJws.Split('.');
        var altered = parts[0] + "." + ResultSignature.Base64Url(Encoding.UTF8.GetBytes("{\"iss\":\"eve\"}")) + "." + parts[2];

        Assert.False(ResultSignature.Verify(altered, key!));
    }

    [Fact]
    public void SignThenVerify_RoundTrips_AndHeaderNamesTheKid()
    {
        using var key = ResultSignature.CreateKey();
        var jwk = ResultSignature.PublicJwk(key);
        var jws = ResultSignature.Sign(Encoding.UTF8.GetBytes("{\"n\":1}"), key, (string)jwk["kid"]!);

        using var publicKey = ResultSignature.FromJwk(jwk);
        Assert.True(ResultSignature.Verify(jws, publicKey!));
        Assert.Equal((string?)jwk["kid"], (string?)ResultSignature.Parse(jws)!.Value.Header["kid"]);
        using var other = ResultSignature.CreateKey();
        Assert.False(ResultSignature.Verify(jws, other));
    }

    [Fact]
    public void Thumbprint_IsStableAndIgnoresMemberOrder()
    {
        var reordered = new JsonObject { ["y"] = RfcKey["y"]!.DeepClone(), ["x"] = RfcKey["x"]!.DeepClone(), ["crv"] = "P-256", ["kty"] = "EC" };

        Assert.Equal(ResultSignature.Thumbprint(RfcKey), ResultSignature.Thumbprint(reordered));
        Assert.Equal(43, ResultSignature.Thumbprint(RfcKey).Length);
    }

    [Theory]
    [InlineData("{\"kty\":\"RSA\",\"n\":\"x\",\"e\":\"AQAB\"}")]
    [InlineData("{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"AA\",\"y\":\"AA\"}")]
    [InlineData("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"not base64!\",\"y\":\"AA\"}")]
    public void FromJwk_NotAP256PublicKey_IsNull(string json) =>
        Assert.Null(ResultSignature.FromJwk(JsonNode.Parse(json)!.AsObject()));
}
