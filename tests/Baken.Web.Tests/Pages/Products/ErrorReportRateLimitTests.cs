using System.Net;
using Baken.Web.Infrastructure;

namespace Baken.Web.Tests.Pages.Products;

/// <summary>Its own host, so the limiter's window is not shared with the other page tests.</summary>
public sealed class ErrorReportRateLimitTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    [Fact]
    public async Task ErrorReport_TooManyFromOneAddress_Is429()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("rate-limited");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        var client = PageClient.Anonymous(fixture);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i <= ErrorReportLimiter.PermitsPerWindow; i++)
        {
            var response = await PagesFixture.PostAsync(client, "/products/rate-limited", "/products/rate-limited?handler=report",
                new() { ["Message"] = $"Melding {i}" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(ErrorReportLimiter.PermitsPerWindow), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
