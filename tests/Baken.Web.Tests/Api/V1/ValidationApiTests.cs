using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Baken.Core.Validation;

namespace Baken.Web.Tests.Api.V1;

public sealed class ValidationApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Results = "/api/v1/validation-results";

    [Fact]
    public async Task Submit_SignedByOwnKey_IsStoredAndShownWithCriteria()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.JsonAsync();
        Assert.True((bool)stored["allCriteriaMet"]!);
        Assert.Equal(fixture.CareA.Id.ToString(), (string?)stored["organisationId"]);
        var protocol = await (await fixture.Client().GetAsync($"/api/v1/validation-protocols/{protocolId}")).JsonAsync();
        var overview = await (await fixture.Client().GetAsync($"/api/v1/products/{protocol["productId"]}/validation-results")).JsonAsync();
        var site = overview["protocols"]![0]!["sites"]![0]!;
        Assert.Equal("Ziekenhuis Alfa", (string?)site["organisationName"]);
        Assert.Equal(0.85, (double)site["summary"]!["auroc"]!);
    }

    [Fact]
    public async Task RevokeKey_NewSubmissionsRefused_EarlierResultKept()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var kid = (string)ResultSignature.PublicJwk(key)["kid"]!;
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        var earlier = await (await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId)))).JsonAsync();

        var otherOrganisation = await fixture.Client("care-b").PostAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys/{kid}/revocation", null, TestContext.Current.CancellationToken);
        var revoked = await fixture.Client("care-a").PostAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys/{kid}/revocation", null, TestContext.Current.CancellationToken);
        var again = await fixture.Client("care-a").PostAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys/{kid}/revocation", null, TestContext.Current.CancellationToken);
        var unknown = await fixture.Client("care-a").PostAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys/no-such-kid/revocation", null, TestContext.Current.CancellationToken);
        var late = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId)));

        Assert.Equal(HttpStatusCode.Forbidden, otherOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var revokedAt = DateTimeOffset.Parse((string)(await revoked.JsonAsync())["revokedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        var revokedAgainAt = DateTimeOffset.Parse((string)(await again.JsonAsync())["revokedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        // The second answer is read back from the database, which keeps microseconds (PostgreSQL), not ticks.
        Assert.True(Math.Abs((revokedAt - revokedAgainAt).Ticks) < 10, $"{revokedAt:O} vs {revokedAgainAt:O}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("revoked", (string?)(await late.JsonAsync())["errors"]!["jws"]![0], StringComparison.Ordinal);
        var kept = await fixture.Client().GetAsync($"/api/v1/validation-results/{earlier["id"]}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task Submit_SameSubmissionTwice_SecondIs409()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        var jws = ValidationBuilder.Sign(key, protocolId);

        await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(jws));
        var replay = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(jws));

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }

    [Fact]
    public async Task Submit_AlteredPayload_IsRefused()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        var parts = ValidationBuilder.Sign(key, protocolId).Split('.');
        var payload = JsonNode.Parse(ResultSignature.FromBase64Url(parts[1]))!;
        payload["result"]!["overall"]!["auroc"] = 0.99;
        var altered = parts[0] + "." + ResultSignature.Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(altered));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not verify", (string?)(await response.JsonAsync())["errors"]!["jws"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ForgedWithUnregisteredKey_IsRefused()
    {
        using var forged = ResultSignature.CreateKey();
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(forged, protocolId)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["jws"]);
    }

    [Fact]
    public async Task Submit_KeyOfAnotherOrganisation_Is403()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);

        var response = await fixture.Client("care-b").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Submit_BelowMinimumSample_SuppressedCellWithNumbers_UnknownPart_AreRefusedPerField()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture, minimumSampleSize: 1000);
        var result = ValidationBuilder.Result(protocolId, n: 500);
        result["subgroups"]!["sex"]!["X"]!["n"] = 4;
        result["rows"] = new JsonArray(new JsonObject { ["id"] = "r1", ["y_score"] = 0.4 });

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId, result)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("payload.result.overall.n"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("payload.result.subgroups.sex.X"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("payload.result.rows"), errors.ToJsonString());
    }

    [Fact]
    public async Task Submit_TokenWithoutSubmitScope_Is403()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);

        var response = await fixture.Client("vendor-a-readonly").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Overview_TwoSites_PoolsAuroc()
    {
        using var keyA = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        using var keyB = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-b", fixture.CareB.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(keyA, protocolId, ValidationBuilder.Result(protocolId, auroc: 0.82))));
        await fixture.Client("care-b").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(keyB, protocolId, ValidationBuilder.Result(protocolId, auroc: 0.78, se: 0.03))));
        var productId = (await (await fixture.Client().GetAsync($"/api/v1/validation-protocols/{protocolId}")).JsonAsync())["productId"];

        var overview = await (await fixture.Client().GetAsync($"/api/v1/products/{productId}/validation-results")).JsonAsync();

        var pooled = overview["protocols"]![0]!["pooled"]!;
        Assert.Equal(2, (int)pooled["sites"]!);
        Assert.InRange((double)pooled["auroc"]!, 0.78, 0.82);
        Assert.Contains("DerSimonian-Laird", (string?)overview["poolingMethod"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterKey_PrivateJwk_IsRefused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var jwk = ResultSignature.PublicJwk(key);
        jwk["d"] = ResultSignature.Base64Url(key.ExportParameters(true).D!);

        var response = await fixture.Client("care-a").PostJsonAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys", new JsonObject { ["jwk"] = jwk });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Protocols_AreVersionedPerProduct()
    {
        var productId = await fixture.Client("vendor-a").CreateProductAsync("protocol-versions");
        var first = await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", ValidationBuilder.Protocol())).JsonAsync();
        var second = await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", ValidationBuilder.Protocol(200))).JsonAsync();

        Assert.Equal(1, (int)first["version"]!);
        Assert.Equal(2, (int)second["version"]!);
        Assert.Equal("baken.validation-protocol/1", (string?)second["schema"]);
    }

    [Fact]
    public async Task CreateProtocol_BadCriterion_Returns400PerField()
    {
        var productId = await fixture.Client("vendor-a").CreateProductAsync("protocol-bad");
        var body = ValidationBuilder.Protocol();
        body["criteria"] = new JsonArray(new JsonObject { ["id"] = "x", ["metric"] = "magic", ["operator"] = "~", ["value"] = 1 });

        var response = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", body);

        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("criteria[0].metric") && errors.ContainsKey("criteria[0].operator"), errors.ToJsonString());
    }

    [Fact]
    public async Task Submit_UnsuppressedSmallCellOrLoweredFloor_IsRefused()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        var result = ValidationBuilder.Result(protocolId);
        result["minCellSize"] = 5;
        result["subgroups"]!["sex"]!["F"] = new JsonObject { ["n"] = 8, ["positives"] = 3, ["auroc"] = 0.7 };

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId, result)));

        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("payload.result.minCellSize"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("payload.result.subgroups.sex.F"), errors.ToJsonString());
    }

    [Theory]
    [InlineData("bootstrap.auroc.lower", false)]
    [InlineData("bootstrap.aurocCi95.lower", true)]
    [InlineData("aurocCi95.upper", true)]
    public async Task CreateProtocol_CriterionPath_IsCheckedExactly(string path, bool valid)
    {
        var productId = await fixture.Client("vendor-a").CreateProductAsync("protocol-path-" + Guid.NewGuid().ToString("N")[..8]);
        var body = ValidationBuilder.Protocol();
        body["criteria"] = new JsonArray(new JsonObject { ["id"] = "x", ["metric"] = path, ["operator"] = ">=", ["value"] = 0.7 });

        var response = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", body);

        Assert.Equal(valid ? HttpStatusCode.Created : HttpStatusCode.BadRequest, response.StatusCode);
    }
}
