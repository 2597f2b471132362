using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Baken.Web.Tests.AssessmentBuilder;

namespace Baken.Web.Tests.Api.V1;

public sealed class EthicsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Create_ForProduct_StoresEveryPartOfTheDialogue()
    {
        var product = await ProductWithVersionAsync(fixture);

        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody(productId: product));
        var body = await response.JsonAsync();
        var listed = await (await fixture.Client("reviewer").GetAsync($"/api/v1/products/{product}/ethics-records")).Content
            .ReadFromJsonAsync<JsonArray>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal(fixture.VendorA.Id, (Guid)body["ownerOrganisationId"]!);
        Assert.Equal(["positive", "negative"], body["effects"]!.AsArray().Select(e => (string?)e!["direction"]));
        Assert.Equal(["technology", "environment", "user"], body["options"]!.AsArray().Select(o => (string?)o!["level"]));
        Assert.Equal("Privacy", (string?)body["values"]![0]!["value"]);
        Assert.Equal((Guid)body["id"]!, (Guid)listed!.Single()!["id"]!);
    }

    [Fact]
    public async Task Create_WithBothOrNoTarget_Returns400()
    {
        var product = await ProductWithVersionAsync(fixture);

        var none = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody());
        var both = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody(productId: product, deploymentId: Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.NotNull((await none.JsonAsync())["errors"]!["productId"]);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidContent_NamesEveryField()
    {
        var product = await ProductWithVersionAsync(fixture);
        var body = EthicsBody(productId: product, @case: "");
        body["effects"]![0]!["description"] = "";
        body["options"]![1]!["level"] = "society";

        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", body);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["options[1].level"]);
    }

    [Fact]
    public async Task Create_EmptyCaseAndEffect_NamesBothFields()
    {
        var product = await ProductWithVersionAsync(fixture);
        var body = EthicsBody(productId: product, @case: " ");
        body["effects"]![0]!["description"] = "";

        var problem = await (await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", body)).JsonAsync();

        Assert.NotNull(problem["errors"]!["case"]);
        Assert.NotNull(problem["errors"]!["effects[0].description"]);
    }

    [Fact]
    public async Task Replace_NeedsCurrentRevision_StaleIs412_MissingIs428()
    {
        var product = await ProductWithVersionAsync(fixture);
        var created = await (await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody(productId: product))).JsonAsync();
        var url = $"/api/v1/ethics-records/{created["id"]}";

        var missing = await fixture.Client("vendor-a").PutJsonAsync(url, EthicsBody(@case: "Zonder If-Match"));
        var first = await fixture.Client("vendor-a").PutJsonAsync(url, EthicsBody(@case: "Tweede versie"), "\"1\"");
        var stale = await fixture.Client("vendor-a").PutJsonAsync(url, EthicsBody(@case: "Derde versie op oude basis"), "\"1\"");
        var same = await fixture.Client("vendor-a").PutJsonAsync(url, EthicsBody(@case: "Tweede versie"), "\"2\"");
        var stored = await (await fixture.Client("vendor-a").GetAsync(url)).JsonAsync();

        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("\"2\"", same.Headers.ETag!.Tag);
        Assert.Equal("Tweede versie", (string?)stored["case"]);
    }

    [Fact]
    public async Task DeploymentRecord_IsKeptByTheCareOrganisation_NotByTheMaker()
    {
        var product = await ProductWithVersionAsync(fixture, published: true);
        var deployment = (Guid)(await (await fixture.Client("care-a").PostJsonAsync("/api/v1/deployments", new JsonObject
        {
            ["productId"] = product.ToString(),
            ["status"] = "in-use",
        })).JsonAsync())["id"]!;

        var byMaker = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody(deploymentId: deployment));
        var byCare = await fixture.Client("care-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody(deploymentId: deployment));
        var record = await byCare.JsonAsync();
        var id = record["id"];
        var makerReads = await fixture.Client("vendor-a").GetAsync($"/api/v1/ethics-records/{id}");
        var otherCareReads = await fixture.Client("care-b").GetAsync($"/api/v1/ethics-records/{id}");
        var programmeReads = await fixture.Client("programme-office").GetAsync($"/api/v1/ethics-records/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, byMaker.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byCare.StatusCode);
        Assert.Equal(fixture.CareA.Id, (Guid)record["ownerOrganisationId"]!);
        Assert.Equal(HttpStatusCode.NotFound, makerReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCareReads.StatusCode);
        Assert.Equal(HttpStatusCode.OK, programmeReads.StatusCode);
    }

    [Fact]
    public async Task Delete_RemovesTheRecord()
    {
        var product = await ProductWithVersionAsync(fixture);
        var created = await (await fixture.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", EthicsBody(productId: product))).JsonAsync();
        var url = $"/api/v1/ethics-records/{created["id"]}";

        var deleted = await fixture.Client("vendor-a").SendAsync(new HttpRequestMessage(HttpMethod.Delete, url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client("vendor-a").GetAsync(url)).StatusCode);
    }
}
