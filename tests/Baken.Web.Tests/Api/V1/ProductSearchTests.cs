using System.Net;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests.Api.V1;

public sealed class ProductSearchTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        if ((int)(await (await fixture.Client().GetAsync("/api/v1/products?search=zoekproef")).JsonAsync())["total"]! > 0)
        {
            return;
        }

        var vendor = fixture.Client("vendor-a");
        var first = await vendor.CreateProductAsync("zoekproef-een", name: "Geïntegreerd zoekproef dossier");
        var second = await vendor.CreateProductAsync("zoekproef-twee", name: "Zoekproef planner");
        var draft = await vendor.CreateProductAsync("zoekproef-concept", name: "Zoekproef concept");
        var patch = new JsonObject { ["content"] = new JsonObject { ["applicationArea"] = "diagnostics", ["sectors"] = new JsonArray("umc") } };
        await vendor.PatchJsonAsync($"/api/v1/products/{second}", patch);
        await ApiClient.PublishAsync(fixture, "vendor-a", first);
        await ApiClient.PublishAsync(fixture, "vendor-a", second);
        _ = draft;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("geintegreerd")]
    [InlineData("GEÏNTEGREERD")]
    [InlineData("Geïntegreerd zoekproef")]
    public async Task Search_FoldsCaseAndDiacritics(string query)
    {
        var page = await (await fixture.Client().GetAsync($"/api/v1/products?search={Uri.EscapeDataString(query)}")).JsonAsync();

        Assert.Equal(1, (int)page["total"]!);
        Assert.Equal("zoekproef-een", (string?)page["items"]![0]!["slug"]);
    }

    [Fact]
    public async Task Search_Anonymous_SeesOnlyPublished()
    {
        var page = await (await fixture.Client().GetAsync("/api/v1/products?search=zoekproef")).JsonAsync();
        var all = await (await fixture.Client("programme-office").GetAsync("/api/v1/products?search=zoekproef")).JsonAsync();

        Assert.Equal(2, (int)page["total"]!);
        Assert.Equal(3, (int)all["total"]!);
    }

    [Fact]
    public async Task Search_WithFilter_CombinesTextAndFacet()
    {
        var page = await (await fixture.Client().GetAsync("/api/v1/products?search=zoekproef&area=diagnostics&sector=umc")).JsonAsync();

        Assert.Equal(1, (int)page["total"]!);
        Assert.Equal("zoekproef-twee", (string?)page["items"]![0]!["slug"]);
    }

    [Fact]
    public async Task List_Paginates_WithLinksKeepingFilters()
    {
        var page = await (await fixture.Client().GetAsync("/api/v1/products?search=zoekproef&page=1&pageSize=1")).JsonAsync();

        Assert.Single(page["items"]!.AsArray());
        Assert.Equal(2, (int)page["total"]!);
        var links = page["links"]!;
        Assert.Equal("/api/v1/products?search=zoekproef&page=2&pageSize=1", (string?)links["next"]);
        Assert.Equal("/api/v1/products?search=zoekproef&page=2&pageSize=1", (string?)links["last"]);
        Assert.Null(links["prev"]);
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("phase=someday", "phase")]
    [InlineData("highRisk=maybe", null)]
    public async Task List_BadQuery_Returns400(string query, string? field)
    {
        var response = await fixture.Client().GetAsync($"/api/v1/products?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.NotNull((await response.JsonAsync())["errors"]![field]);
        }
    }

    [Fact]
    public async Task List_AfterPublish_IsNotServedStaleFromCache()
    {
        var before = (int)(await (await fixture.Client().GetAsync("/api/v1/products?search=cachetest")).JsonAsync())["total"]!;
        var id = await fixture.Client("vendor-a").CreateProductAsync("cachetest-een", name: "Cachetest");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);

        var after = (int)(await (await fixture.Client().GetAsync("/api/v1/products?search=cachetest")).JsonAsync())["total"]!;

        Assert.Equal(0, before);
        Assert.Equal(1, after);
    }

    [Fact]
    public async Task Exports_ContainOnlyPublicProducts_WithSchemaVersion()
    {
        var csv = await (await fixture.Client().GetAsync("/api/v1/products/export.csv")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = await (await fixture.Client().GetAsync("/api/v1/products/export.json")).JsonAsync();

        Assert.StartsWith("schema_version,id,slug,name", csv, StringComparison.Ordinal);
        Assert.Contains(",zoekproef-een,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("zoekproef-concept", csv, StringComparison.Ordinal);
        Assert.Equal("1.0", (string?)json["schemaVersion"]);
        Assert.Contains(json["products"]!.AsArray(), p => (string?)p!["content"]!["slug"] == "zoekproef-twee");
        Assert.DoesNotContain(json["products"]!.AsArray(), p => (string?)p!["content"]!["slug"] == "zoekproef-concept");
    }
}
