using System.Net;
using System.Text.Json.Nodes;
using Baken.Core.Validation;

namespace Baken.Web.Tests.Pages.Validation;

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
    public async Task ResultsPage_DocumentationProtocol_ShowsEachMeasurePerSiteAndCombined()
    {
        using var keyA = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        using var keyB = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-b", fixture.CareB.Id);
        var productId = await fixture.Client("vendor-a").CreateProductAsync("doc-page-" + Guid.NewGuid().ToString("N")[..8]);
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var protocol = new JsonObject
        {
            ["title"] = "Spraakgestuurd rapporteren",
            ["taskType"] = "documentation",
            ["minimumSampleSize"] = 5,
            ["criteria"] = new JsonArray(new JsonObject { ["id"] = "wer", ["metric"] = "wer", ["operator"] = "<=", ["value"] = 0.10 }),
        };
        var protocolId = (Guid)(await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", protocol)).JsonAsync())["id"]!;
        await fixture.Client("care-a").PostJsonAsync("/api/v1/validation-results", ValidationBuilder.Body(ValidationBuilder.Sign(keyA, protocolId, Transcript(protocolId, 40, 0.0853))));
        await fixture.Client("care-b").PostJsonAsync("/api/v1/validation-results", ValidationBuilder.Body(ValidationBuilder.Sign(keyB, protocolId, Transcript(protocolId, 60, 0.20))));

        var html = await (await PageClient.Anonymous(fixture).GetAsync($"/products/{productId}/validation")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var english = PageClient.Anonymous(fixture);
        await english.GetAsync("/language?culture=en&returnUrl=%2F", TestContext.Current.CancellationToken);
        var englishHtml = await (await english.GetAsync($"/products/{productId}/validation")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<caption>Transcriptie</caption>", html, StringComparison.Ordinal);
        Assert.Contains("8,5%", html, StringComparison.Ordinal);
        Assert.Contains("20,0%", html, StringComparison.Ordinal);
        Assert.Contains("Alle locaties (gewogen naar documenten)", html, StringComparison.Ordinal);
        Assert.Contains("15,4%", html, StringComparison.Ordinal);
        Assert.Contains("Niet voldaan", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Transcript</caption>", englishHtml, StringComparison.Ordinal);
        Assert.Contains("All sites (weighted by documents)", englishHtml, StringComparison.Ordinal);
    }

    private static JsonObject Transcript(Guid protocolId, int documents, double wer) => new()
    {
        ["taskType"] = "documentation",
        ["measure"] = "transcriptAccuracy",
        ["metadata"] = new JsonObject { ["engineVersion"] = "test", ["protocolId"] = protocolId.ToString() },
        ["overall"] = new JsonObject { ["documents"] = documents, ["wer"] = wer, ["cer"] = wer / 2 },
    };

    [Fact]
    public async Task ProductPage_ShowsValidationSummaryWithPooledAurocAndLink()
    {
        using var keyA = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(fixture);
        await fixture.Client("care-a").PostJsonAsync("/api/v1/validation-results", ValidationBuilder.Body(ValidationBuilder.Sign(keyA, protocolId)));
        var productId = (string)(await (await fixture.Client().GetAsync($"/api/v1/validation-protocols/{protocolId}")).JsonAsync())["productId"]!;
        var slug = (string)(await (await fixture.Client().GetAsync($"/api/v1/products/{productId}")).JsonAsync())["content"]!["slug"]!;

        var html = await (await PageClient.Anonymous(fixture).GetAsync($"/products/{slug}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Externe validatie</strong>: 1 locatie", html, StringComparison.Ordinal);
        Assert.Contains("gepoolde AUROC 0,850", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/products/{productId}/validation\"", html, StringComparison.Ordinal);
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
    public async Task SigningKeysPage_CareEditorRevokesOwnKey_OtherOrganisationCannot()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var kid = (string)ResultSignature.PublicJwk(key)["kid"]!;
        var other = await PageClient.SignedInAsync(fixture, "care-b");
        var own = await PageClient.SignedInAsync(fixture, "care-a");

        var refused = await PageClient.PostFormAsync(other, "/account/signing-keys?handler=Revoke", new() { ["kid"] = kid });
        var stillActive = await KeyAsync(kid);
        var response = await PageClient.PostFormAsync(own, "/account/signing-keys?handler=Revoke", new() { ["kid"] = kid });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(stillActive["revokedAt"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is ingetrokken", html, StringComparison.Ordinal);
        Assert.NotNull((string?)(await KeyAsync(kid))["revokedAt"]);
    }

    private async Task<JsonNode> KeyAsync(string kid)
    {
        var listed = await fixture.Client().GetAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys");
        var keys = JsonNode.Parse(await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        return keys.First(k => (string?)k!["kid"] == kid)!;
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
