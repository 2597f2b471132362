using System.Net;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests.Api.V1;

public sealed class DeploymentsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Create_ForDraftProduct_Returns400OnProductId()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("deploy-draft");

        var response = await fixture.Client("care-a").PostJsonAsync("/api/v1/deployments", new JsonObject { ["productId"] = id.ToString(), ["status"] = "in-use" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["productId"]);
    }

    [Fact]
    public async Task Create_ForVendorOrganisation_IsRefused()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("deploy-vendor");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);

        var response = await fixture.Client("administrator").PostJsonAsync("/api/v1/deployments", new JsonObject
        {
            ["productId"] = id.ToString(),
            ["organisationId"] = fixture.VendorA.Id.ToString(),
            ["status"] = "in-use",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["organisationId"]);
    }

    [Fact]
    public async Task End_Twice_SecondIs409AndEndDateBeforeStartIs409()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("deploy-end");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        var created = await (await fixture.Client("care-a").PostJsonAsync("/api/v1/deployments", new JsonObject
        {
            ["productId"] = id.ToString(),
            ["status"] = "in-use",
            ["since"] = "2025-03-01",
        })).JsonAsync();
        var url = $"/api/v1/deployments/{created["id"]}/ending";

        var early = await fixture.Client("care-a").PostJsonAsync(url, new JsonObject { ["until"] = "2024-01-01" });
        var ended = await fixture.Client("care-a").PostJsonAsync(url, new JsonObject { ["until"] = "2026-01-31" });
        var again = await fixture.Client("care-a").PostJsonAsync(url, new JsonObject { ["until"] = "2026-02-28" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("out-of-use", (string?)(await ended.JsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task List_FiltersByProduct_AndShowsPublicDeployments()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("deploy-list");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await fixture.Client("care-a").PostJsonAsync("/api/v1/deployments", new JsonObject { ["productId"] = id.ToString(), ["status"] = "in-development" });
        await fixture.Client("care-b").PostJsonAsync("/api/v1/deployments", new JsonObject { ["productId"] = id.ToString(), ["status"] = "in-use" });

        var page = await (await fixture.Client().GetAsync($"/api/v1/deployments?product={id}")).JsonAsync();

        Assert.Equal(2, (int)page["total"]!);
        Assert.Contains(page["items"]!.AsArray(), d => (string?)d!["organisation"]!["name"] == "Zorggroep Beta");
    }
}
