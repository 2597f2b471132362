using System.Net;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests.Api.V1;

/// <summary>The Dutch API Design Rules that hold across the whole API.</summary>
public sealed class ApiConventionsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/products")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1/openapi.json")]
    public async Task EveryResponse_HasApiVersionHeader(string path)
    {
        var response = await fixture.Client().GetAsync(path);

        Assert.Equal("1.0.0", response.Headers.GetValues("API-Version").Single());
    }

    [Theory]
    [InlineData("/api/v1/products/")]
    [InlineData("/api/v1/organisations/")]
    public async Task TrailingSlash_Returns404NotRedirect(string path)
    {
        var response = await fixture.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownResource_IsProblemJsonWithStatusTitleDetail()
    {
        var response = await fixture.Client().GetAsync($"/api/v1/products/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(404, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
    }

    [Fact]
    public async Task OpenApi_IsServed_WithEveryApiPath()
    {
        var document = await (await fixture.Client().GetAsync("/api/v1/openapi.json")).JsonAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        // The major version lives in the server URL (/core/uri-version); paths are below it.
        Assert.Equal("/api/v1", (string?)document["servers"]![0]!["url"]);
        Assert.Contains("/products", paths);
        Assert.Contains("/products/{id}/publication", paths);
        Assert.Contains("/deployments", paths);
        Assert.All(paths, p => Assert.Matches("^(/([a-z0-9-]+|\\{[a-zA-Z]+\\}|export\\.(csv|json)))+$", p));
    }

    [Fact]
    public async Task ReferencePage_IsServed()
    {
        var entry = await fixture.Client().GetAsync("/api/v1/reference");
        var response = await fixture.Client().GetAsync("/api/v1/reference/v1");

        Assert.True(entry.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently, $"got {entry.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AndReady_Answer()
    {
        Assert.Equal("ok", await (await fixture.Client().GetAsync("/health")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Get_WithMatchingIfNoneMatch_Returns304()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("etag-304");
        var client = fixture.Client("vendor-a");
        var first = await client.GetAsync($"/api/v1/products/{id}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/products/{id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Organisations_InvalidIdentifiers_Return400PerField()
    {
        var body = new JsonObject
        {
            ["name"] = "Test BV",
            ["slug"] = "test-bv",
            ["kind"] = "vendor",
            ["kvk"] = "1234",
            ["agb"] = "abcdefgh",
            ["ura"] = "123456789",
        };

        var response = await fixture.Client("administrator").PostJsonAsync("/api/v1/organisations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("kvk") && errors.ContainsKey("agb") && errors.ContainsKey("ura"), errors.ToJsonString());
    }
}
