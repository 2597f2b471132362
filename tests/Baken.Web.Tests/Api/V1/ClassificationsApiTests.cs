using System.Net;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests.Api.V1;

public sealed class ClassificationsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static JsonObject ClassIIb() => new()
    {
        ["medicalPurpose"] = true,
        ["regime"] = "MDR",
        ["informsClinicalDecisions"] = true,
        ["worstCaseImpact"] = "serious-deterioration-or-surgery",
        ["monitorsPhysiologicalProcesses"] = false,
        ["inHouse"] = false,
        ["annexIIIUse"] = null,
        ["interactsWithPeople"] = false,
        ["generatesContent"] = true,
    };

    [Fact]
    public async Task Evaluate_Anonymous_ReturnsOutcomeWithTrail()
    {
        var response = await fixture.Client().PostJsonAsync("/api/v1/classifications/evaluate", ClassIIb());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.JsonAsync();
        Assert.Equal("IIb", (string?)outcome["deviceClass"]);
        Assert.True((bool)outcome["notifiedBodyInvolved"]!);
        Assert.True((bool)outcome["aiActHighRisk"]!);
        Assert.Equal("art6-1", (string?)outcome["highRiskRoute"]);
        Assert.Equal(["art50-2"], outcome["transparencyDuties"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("mdr-vigilance", (string?)outcome["incidentRoute"]);
        Assert.Equal("1.0.0", (string?)outcome["ruleSet"]!["version"]);
        var trail = outcome["trail"]!.AsArray();
        Assert.Equal("urn:baken:classification:1.0:step:medical-purpose", (string?)trail[0]!["step"]);
        Assert.All(trail, t => Assert.NotNull((string?)t!["question"]));
        Assert.Contains(trail, t => (string?)t!["conclusion"] == "Class IIb." && ((string?)t["legalSource"])!.Contains("Rule 11", StringComparison.Ordinal));
        Assert.Contains(outcome["consequences"]!.AsArray(), c => (string?)c!["article"] == "Art. 4" && (string?)c["appliesFrom"] == "2025-02-02");
    }

    [Theory]
    [InlineData("ivdrClass", "B", "ivdrClass")]
    [InlineData("regime", "none", "regime")]
    [InlineData("worstCaseImpact", null, "worstCaseImpact")]
    [InlineData("regime", "MDD", "regime")]
    public async Task Evaluate_ContradictoryMissingOrUnknownValue_Returns400NamingTheField(string fact, string? value, string field)
    {
        var body = ClassIIb();
        body[fact] = value;

        var response = await fixture.Client().PostJsonAsync("/api/v1/classifications/evaluate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData("{\"medicalPurpose\": true, \"colour\": \"red\"}", "colour")]
    [InlineData("{\"medicalPurpose\": \"yes\"}", "medicalPurpose")]
    public async Task Evaluate_UnknownFieldOrWrongType_Returns400NamingTheField(string body, string field)
    {
        var response = await fixture.Client().PostRawAsync("/api/v1/classifications/evaluate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task GetRules_ReturnsTheCurrentRuleSet()
    {
        var rules = await (await fixture.Client().GetAsync("/api/v1/classification-rules")).JsonAsync();

        Assert.Equal("urn:baken:classification:1.0", (string?)rules["id"]);
        Assert.Equal("1.0.0", (string?)rules["version"]);
        Assert.Contains(rules["steps"]!.AsArray(), s => (string?)s!["id"] == "rule11-decisions");
    }

    [Fact]
    public async Task Save_ByMaker_IsStoredShownOnTheProductAndAudited()
    {
        var (productId, versionId) = await ProductWithVersionAsync();
        var url = $"/api/v1/products/{productId}/versions/{versionId}/classification";

        var saved = await fixture.Client("vendor-a").PutAsync(url, Json(ClassIIb()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stored = await (await fixture.Client("vendor-a").GetAsync(url)).JsonAsync();
        Assert.Equal("IIb", (string?)stored["outcome"]!["deviceClass"]);
        Assert.Equal("serious-deterioration-or-surgery", (string?)stored["facts"]!["worstCaseImpact"]);
        Assert.Equal("1.0.0", (string?)stored["outcome"]!["ruleSet"]!["version"]);
        Assert.NotEmpty(stored["outcome"]!["trail"]!.AsArray());

        var product = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        Assert.True((bool)product["aiActHighRisk"]!);
        Assert.Equal("IIb", (string?)product["classifiedDeviceClass"]);
        Assert.Equal("IIb", (string?)product["versions"]![0]!["classification"]!["outcome"]!["deviceClass"]);

        var audit = await (await fixture.Client("administrator").GetAsync($"/api/v1/audit-events?action=product.classify&entityType=ProductVersion&entityId={versionId}")).JsonAsync();
        Assert.Equal(1, (int)audit["total"]!);
    }

    [Fact]
    public async Task Save_NewerVersionDecides_TheProductsClassificationAndTheRegisterFilter()
    {
        var (productId, oldVersion) = await ProductWithVersionAsync();
        var vendor = fixture.Client("vendor-a");
        var newVersion = (Guid)(await (await vendor.PostJsonAsync($"/api/v1/products/{productId}/versions", new JsonObject { ["label"] = "2.0" })).JsonAsync())["id"]!;
        var notADevice = new JsonObject { ["medicalPurpose"] = false, ["regime"] = "none", ["interactsWithPeople"] = true, ["generatesContent"] = true };
        await vendor.PutAsync($"/api/v1/products/{productId}/versions/{newVersion}/classification", Json(notADevice), TestContext.Current.CancellationToken);
        await vendor.PutAsync($"/api/v1/products/{productId}/versions/{oldVersion}/classification", Json(ClassIIb()), TestContext.Current.CancellationToken);
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var slug = (string?)(await (await vendor.GetAsync($"/api/v1/products/{productId}")).JsonAsync())["content"]!["slug"];

        async Task<int> Total(string filter) =>
            (int)(await (await fixture.Client().GetAsync($"/api/v1/products?search={slug}&{filter}")).JsonAsync())["total"]!;

        Assert.Equal(1, await Total("classification=not-a-device"));
        Assert.Equal(1, await Total("highRisk=false"));
        Assert.Equal(0, await Total("classification=IIb"));
        Assert.Equal(0, await Total("classification=unclassified"));
    }

    [Fact]
    public async Task List_UnknownClassificationFilter_Returns400NamingIt()
    {
        var response = await fixture.Client().GetAsync("/api/v1/products?classification=IIc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["classification"]);
    }

    [Fact]
    public async Task Save_InvalidFacts_Returns400AndStoresNothing()
    {
        var (productId, versionId) = await ProductWithVersionAsync();
        var url = $"/api/v1/products/{productId}/versions/{versionId}/classification";
        var body = ClassIIb();
        body["ivdrClass"] = "C";

        var response = await fixture.Client("vendor-a").PutAsync(url, Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["ivdrClass"]);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client("vendor-a").GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Save_VersionOfAnotherProduct_Returns404()
    {
        var (productId, _) = await ProductWithVersionAsync();
        var (_, otherVersion) = await ProductWithVersionAsync();

        var response = await fixture.Client("vendor-a").PutAsync(
            $"/api/v1/products/{productId}/versions/{otherVersion}/classification", Json(ClassIIb()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(Guid Product, Guid Version)> ProductWithVersionAsync()
    {
        var vendor = fixture.Client("vendor-a");
        var productId = await vendor.CreateProductAsync("klas-" + Guid.NewGuid().ToString("N")[..10]);
        var version = await (await vendor.PostJsonAsync($"/api/v1/products/{productId}/versions", new JsonObject { ["label"] = "1.0" })).JsonAsync();
        return (productId, (Guid)version["id"]!);
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
