using System.Net;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests.Api.V1;

/// <summary>
/// The OpenAPI document is a contract a client generator relies on: every operation documents what
/// it answers on success and on failure, with schemas. A new endpoint without them fails here.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task EveryOperation_DocumentsItsSuccessWithASchema()
    {
        var missing = new List<string>();

        foreach (var (name, responses) in await OperationsAsync())
        {
            var success = responses.Where(r => r.Key.StartsWith('2') || r.Key == "304").ToList();
            if (success.Count == 0)
            {
                missing.Add($"{name}: no 2xx response");
            }

            foreach (var (status, response) in success.Where(r => r.Key is not ("204" or "304")))
            {
                if (response?["content"]?.AsObject().FirstOrDefault().Value?["schema"] is null)
                {
                    missing.Add($"{name}: {status} has no schema");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task EveryOperation_DocumentsProblemResponsesAsProblemJson()
    {
        var missing = new List<string>();

        foreach (var (name, responses) in await OperationsAsync())
        {
            var problems = responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')).ToList();
            if (problems.Count == 0)
            {
                missing.Add($"{name}: no error response");
            }

            foreach (var (status, response) in problems)
            {
                if (response?["content"]?["application/problem+json"]?["schema"] is null)
                {
                    missing.Add($"{name}: {status} is not documented as application/problem+json");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Operations_DocumentTheApiVersionHeader_AndInputAndSignInProblems()
    {
        var operations = await OperationsAsync();

        Assert.All(operations, o => Assert.All(o.Responses, r => Assert.NotNull(r.Value?["headers"]?["API-Version"])));
        Assert.Contains("400", Responses(operations, "post /products").Keys);
        Assert.Contains("401", Responses(operations, "post /products").Keys);
        Assert.Contains("404", Responses(operations, "get /products/{id}").Keys);
        Assert.Contains("304", Responses(operations, "get /products/{id}").Keys);
        Assert.Contains("412", Responses(operations, "patch /products/{id}").Keys);
        Assert.Contains("428", Responses(operations, "put /ethics-records/{id}").Keys);
        Assert.DoesNotContain("401", Responses(operations, "get /products").Keys);
    }

    [Fact]
    public async Task QueryParameters_AreLowerCamelCase()
    {
        var document = await DocumentAsync();
        var names = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => Methods.Contains(m.Key)))
            .SelectMany(m => m.Value!["parameters"]?.AsArray() ?? [])
            .Where(p => (string?)p!["in"] == "query")
            .Select(p => (string)p!["name"]!)
            .Distinct()
            .ToList();

        Assert.Contains("pageSize", names);
        Assert.Contains("highRisk", names);
        Assert.All(names, n => Assert.Matches("^[a-z][a-zA-Z0-9]*$", n));
    }

    [Fact]
    public async Task Document_HasAFullContact_AndIsOpenToOtherOrigins()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/openapi.json");
        request.Headers.Add("Origin", "https://example.org");
        var response = await fixture.Client().SendAsync(request);
        var document = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(string.IsNullOrEmpty((string?)document["info"]!["contact"]!["email"]));
        Assert.False(string.IsNullOrEmpty((string?)document["info"]!["contact"]!["url"]));
    }

    private static IReadOnlyDictionary<string, JsonNode?> Responses(List<(string Name, IReadOnlyDictionary<string, JsonNode?> Responses)> operations, string name) =>
        operations.Single(o => o.Name == name).Responses;

    private async Task<JsonNode> DocumentAsync() => await (await fixture.Client().GetAsync("/api/v1/openapi.json")).JsonAsync();

    private async Task<List<(string Name, IReadOnlyDictionary<string, JsonNode?> Responses)>> OperationsAsync()
    {
        var document = await DocumentAsync();
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => Methods.Contains(m.Key))
                .Select(m => ($"{m.Key} {p.Key}", (IReadOnlyDictionary<string, JsonNode?>)(m.Value!["responses"]?.AsObject().ToDictionary(r => r.Key, r => r.Value) ?? []))))
            .ToList();
        Assert.True(operations.Count > 50, $"only {operations.Count} operations documented");
        return operations;
    }
}
