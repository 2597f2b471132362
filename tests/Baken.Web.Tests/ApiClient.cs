using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Testing.Builders;

namespace Baken.Web.Tests;

/// <summary>Small request helpers so tests read as the HTTP exchange they check.</summary>
public static class ApiClient
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode? body) =>
        client.PostAsync(url, new StringContent(body?.ToJsonString() ?? "", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body) =>
        client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/merge-patch+json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url) =>
        client.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Creates a product as the given client and returns its id.</summary>
    public static async Task<Guid> CreateProductAsync(this HttpClient client, string slug, Guid? makerId = null, string? name = null)
    {
        var response = await client.PostJsonAsync("/api/v1/products", ProductBuilder.Create(slug, makerId, name));
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Create failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Takes a product through review to published, as its vendor and a reviewer.</summary>
    public static async Task PublishAsync(ApiFixture fixture, string vendor, Guid id)
    {
        var review = await fixture.Client(vendor).PostJsonAsync($"/api/v1/products/{id}/review-request", null);
        var publish = await fixture.Client("reviewer").PostJsonAsync($"/api/v1/products/{id}/publication", null);
        if ((int)review.StatusCode != 200 || (int)publish.StatusCode != 200)
        {
            throw new InvalidOperationException($"Publish failed: {(int)review.StatusCode}/{(int)publish.StatusCode}");
        }
    }
}
