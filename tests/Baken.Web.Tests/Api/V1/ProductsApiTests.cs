using System.Net;
using System.Text.Json.Nodes;
using Baken.Testing.Builders;

namespace Baken.Web.Tests.Api.V1;

public sealed class ProductsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Create_AsVendorEditor_Returns201WithETagAndDraft()
    {
        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/products", ProductBuilder.Create("create-basic"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = await response.JsonAsync();
        Assert.Equal("draft", (string?)body["status"]);
        Assert.Equal(fixture.VendorA.Id.ToString(), (string?)body["maker"]!["id"]);
        Assert.Equal($"/api/v1/products/{body["id"]}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Get_DraftAsAnonymousOrOtherVendor_Returns404()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("draft-hidden");

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client().GetAsync($"/api/v1/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client("vendor-b").GetAsync($"/api/v1/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client("programme-office").GetAsync($"/api/v1/products/{id}")).StatusCode);
    }

    [Fact]
    public async Task Lifecycle_DraftToWithdrawn_FollowsGuardedTransitions()
    {
        var vendor = fixture.Client("vendor-a");
        var reviewer = fixture.Client("reviewer");
        var id = await vendor.CreateProductAsync("lifecycle");

        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostJsonAsync($"/api/v1/products/{id}/publication", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vendor.PostJsonAsync($"/api/v1/products/{id}/review-request", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vendor.PostJsonAsync($"/api/v1/products/{id}/publication", null)).StatusCode);
        var published = await reviewer.PostJsonAsync($"/api/v1/products/{id}/publication", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", (string?)(await published.JsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client().GetAsync($"/api/v1/products/{id}")).StatusCode);

        var withdrawn = await vendor.PostJsonAsync($"/api/v1/products/{id}/withdrawal", null);
        Assert.Equal("withdrawn", (string?)(await withdrawn.JsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.Conflict, (await vendor.PostJsonAsync($"/api/v1/products/{id}/withdrawal", null)).StatusCode);
    }

    [Fact]
    public async Task Rejection_WithoutReason_Returns400AndKeepsState()
    {
        var vendor = fixture.Client("vendor-a");
        var id = await vendor.CreateProductAsync("rejection");
        await vendor.PostJsonAsync($"/api/v1/products/{id}/review-request", null);

        var missing = await fixture.Client("reviewer").PostJsonAsync($"/api/v1/products/{id}/rejection", new JsonObject { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull((await missing.JsonAsync())["errors"]!["reason"]);

        var sent = await fixture.Client("reviewer").PostJsonAsync($"/api/v1/products/{id}/rejection", new JsonObject { ["reason"] = "Bewijs ontbreekt." });
        var body = await sent.JsonAsync();
        Assert.Equal("draft", (string?)body["status"]);
        Assert.Equal("Bewijs ontbreekt.", (string?)body["returnReason"]);
    }

    [Fact]
    public async Task Patch_WithStaleIfMatch_Returns412AndDoesNotChange()
    {
        var vendor = fixture.Client("vendor-a");
        var id = await vendor.CreateProductAsync("stale-patch");
        var first = await vendor.PatchJsonAsync($"/api/v1/products/{id}", new JsonObject { ["content"] = new JsonObject { ["name"] = "Eerste" } }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);

        var stale = await vendor.PatchJsonAsync($"/api/v1/products/{id}", new JsonObject { ["content"] = new JsonObject { ["name"] = "Tweede" } }, "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = await (await vendor.GetAsync($"/api/v1/products/{id}")).JsonAsync();
        Assert.Equal("Eerste", (string?)current["content"]!["name"]);
    }

    [Theory]
    [InlineData("{\"content\":{\"colour\":\"red\"}}", "content.colour")]
    [InlineData("{\"content\":{\"aiKind\":\"quantum\"}}", "content.aiKind")]
    [InlineData("{\"content\":{\"sectors\":\"hospital\"}}", "content.sectors")]
    [InlineData("{\"content\":{\"name\":null}}", "content.name")]
    [InlineData("{\"status\":\"published\"}", "status")]
    public async Task Patch_InvalidField_Returns400NamingTheField(string patch, string field)
    {
        var vendor = fixture.Client("vendor-a");
        var id = await vendor.CreateProductAsync($"bad-patch-{Math.Abs(patch.GetHashCode(StringComparison.Ordinal))}");

        var response = await vendor.PatchJsonAsync($"/api/v1/products/{id}", JsonNode.Parse(patch)!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"expected an error for {field}, got {errors.ToJsonString()}");
    }

    [Theory]
    [InlineData("name", "<script>alert(1)</script>")]
    [InlineData("shortDescription", "<b>vet</b>")]
    public async Task Create_MarkupInText_Returns400(string field, string value)
    {
        var body = ProductBuilder.Create($"markup-{field.ToLowerInvariant()}");
        body["content"]![field] = value;

        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/products", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Create_SqlLikeText_IsStoredLiterally()
    {
        const string text = "Robert'); DROP TABLE products;--";
        var body = ProductBuilder.Create("sql-literal");
        body["content"]!["intendedUsers"] = text;

        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/products", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (string?)(await response.JsonAsync())["id"];
        var stored = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{id}")).JsonAsync();
        Assert.Equal(text, (string?)stored["content"]!["intendedUsers"]);
    }

    [Fact]
    public async Task Create_TooLongShortDescriptionAndBadSlug_ReportsBothFields()
    {
        var body = ProductBuilder.Create("Bad Slug!");
        body["content"]!["shortDescription"] = new string('a', 351);

        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/products", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("shortDescription"));
        Assert.True(errors.ContainsKey("slug"));
    }

    [Fact]
    public async Task Create_DuplicateSlug_Returns400AndWritesNothing()
    {
        var vendor = fixture.Client("vendor-a");
        await vendor.CreateProductAsync("duplicate");

        var response = await vendor.PostJsonAsync("/api/v1/products", ProductBuilder.Create("duplicate", name: "Tweede"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["content.slug"]);
        var list = await (await fixture.Client("programme-office").GetAsync("/api/v1/products?search=duplicate")).JsonAsync();
        Assert.Equal(1, (int)list["total"]!);
    }

    [Theory]
    [InlineData("{\"content\": {")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"content\": {\"name\": 12}}")]
    public async Task Create_MalformedJson_Returns400Problem(string raw)
    {
        var response = await fixture.Client("vendor-a").PostRawAsync("/api/v1/products", raw);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(400, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
    }

    [Fact]
    public async Task Create_OversizedBody_Returns413Problem()
    {
        var body = ProductBuilder.Create("oversized");
        body["content"]!["intendedUse"] = new string('x', 300 * 1024);

        var response = await fixture.Client("vendor-a").PostJsonAsync("/api/v1/products", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_ReadOnlyToken_Returns403()
    {
        var response = await fixture.Client("vendor-a-readonly").PostJsonAsync("/api/v1/products", ProductBuilder.Create("read-only-token"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task History_AfterPublishAndChange_ListsBothWithChangedFields()
    {
        var vendor = fixture.Client("vendor-a");
        var id = await vendor.CreateProductAsync("history");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await vendor.PatchJsonAsync($"/api/v1/products/{id}", new JsonObject { ["content"] = new JsonObject { ["phase"] = "national-scale" } });

        var history = JsonNode.Parse(await (await fixture.Client().GetAsync($"/api/v1/products/{id}/history")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();

        Assert.Equal(2, history.Count);
        Assert.Equal("published", (string?)history[0]!["change"]);
        Assert.Equal("updated", (string?)history[1]!["change"]);
        Assert.Equal(["phase"], history[1]!["changedFields"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task Verification_ThenMakerChange_ResetsOnlyTheChangedGroup()
    {
        var vendor = fixture.Client("vendor-a");
        var id = await vendor.CreateProductAsync("provenance");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await fixture.Client("reviewer").PostJsonAsync($"/api/v1/products/{id}/verification", new JsonObject { ["groups"] = new JsonArray("description", "evidence") });

        var changed = await (await vendor.PatchJsonAsync($"/api/v1/products/{id}", new JsonObject { ["content"] = new JsonObject { ["name"] = "Nieuwe naam" } })).JsonAsync();

        Assert.Equal("stated-by-maker", (string?)changed["provenance"]!["description"]);
        Assert.Equal("verified", (string?)changed["provenance"]!["evidence"]);
    }
}
