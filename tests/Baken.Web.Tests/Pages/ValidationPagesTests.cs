using System.Net;
using System.Text.Json.Nodes;
using Baken.Core.Validation;
using Baken.Web.Tests.Api;
using Baken.Web.Tests.Validation;

namespace Baken.Web.Tests.Pages;

public sealed class ValidationPagesTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ResultsPage_TwoSites_ShowsTableForestPlotAndPooledAuroc()
    {
        using var keyA = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        using var keyB = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-b", fixture.CareB.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        await fixture.Client("care-a").PostJsonAsync("/api/v1/validation-results", ValidationBuilder.Body(ValidationBuilder.Sign(keyA, protocolId)));
        await fixture.Client("care-b").PostJsonAsync("/api/v1/validation-results", ValidationBuilder.Body(ValidationBuilder.Sign(keyB, protocolId, ValidationBuilder.Result(protocolId, auroc: 0.8))));
        var productId = (await (await fixture.Client().GetAsync($"/api/v1/validation-protocols/{protocolId}")).JsonAsync())["productId"];

        var response = await PageClient.Anonymous(fixture).GetAsync($"/products/{productId}/validation");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ziekenhuis Alfa", html, StringComparison.Ordinal);
        Assert.Contains("Zorggroep Beta", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<polygon", html, StringComparison.Ordinal);
        Assert.Contains("Gepoolde AUROC", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPage_DraftProduct_Is404ForAnonymous()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("validation-page-draft");

        var response = await PageClient.Anonymous(fixture).GetAsync($"/products/{id}/validation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SigningKeysPage_AnonymousIsSentToSignIn()
    {
        var response = await PageClient.Anonymous(fixture).GetAsync("/account/signing-keys");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningKeysPage_CareEditorRegistersPublicKey()
    {
        var client = await PageClient.SignedInAsync(fixture, "care-a");
        using var key = ResultSignature.CreateKey();
        var jwk = ResultSignature.PublicJwk(key);

        var response = await PageClient.PostFormAsync(client, "/account/signing-keys", new() { ["Jwk"] = jwk.ToJsonString() });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Sleutel <code>{(string?)jwk["kid"]}</code> is geregistreerd", html, StringComparison.Ordinal);
        var listed = await fixture.Client().GetAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys");
        var keys = JsonNode.Parse(await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        Assert.Contains(keys, k => (string?)k!["kid"] == (string?)jwk["kid"]);
    }

    [Fact]
    public async Task SigningKeysPage_InvalidKey_ShowsErrorSummary()
    {
        var client = await PageClient.SignedInAsync(fixture, "care-a");

        var response = await PageClient.PostFormAsync(client, "/account/signing-keys", new() { ["Jwk"] = "{\"kty\":\"RSA\"}" });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Jwk\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningKeysPage_PostWithoutAntiforgery_IsRejected()
    {
        var client = await PageClient.SignedInAsync(fixture, "care-a");

        var response = await PageClient.PostFormAsync(client, "/account/signing-keys", new() { ["Jwk"] = "{}" }, withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SigningKeysPage_VendorEditorIsForbidden()
    {
        var client = await PageClient.SignedInAsync(fixture, "vendor-a");

        var response = await client.GetAsync("/account/signing-keys");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
