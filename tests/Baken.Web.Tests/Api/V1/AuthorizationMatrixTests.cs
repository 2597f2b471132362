using System.Text.Json.Nodes;
using Baken.Testing.Builders;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests.Api.V1;

/// <summary>
/// Every API endpoint x every role x own/other organisation. "vendor-a" and "care-a" own the
/// resources under test; "vendor-b" and "care-b" are the other organisation. A new endpoint
/// without a row here fails <see cref="EveryEndpoint_HasAnExpectedOutcome"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Callers =
        ["anonymous", "vendor-a", "vendor-b", "care-a", "care-b", "reviewer", "programme-office", "administrator"];

    private sealed record Row(Func<ApiFixture, Task<(HttpMethod Method, string Url, JsonNode? Body)>> Arrange, int[] Expected);

    // Expected status per caller, in the order of Callers.
    private static readonly Dictionary<string, Row> Matrix = new()
    {
        ["GET /api/v1/products"] = new(_ => Get("/api/v1/products"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/products"] = new(f => Task.FromResult((HttpMethod.Post, "/api/v1/products", (JsonNode?)ProductBuilder.Create(Slug(), f.VendorA.Id))),
            [401, 201, 403, 403, 403, 403, 403, 201]),
        ["GET /api/v1/products/export.csv"] = new(_ => Get("/api/v1/products/export.csv"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/products/export.json"] = new(_ => Get("/api/v1/products/export.json"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/products/{id:guid}"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{await Draft(f)}", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["PATCH /api/v1/products/{id:guid}"] = new(async f => (HttpMethod.Patch, $"/api/v1/products/{await Draft(f)}", new JsonObject { ["content"] = new JsonObject { ["phase"] = "validation" } }),
            [401, 200, 404, 404, 404, 403, 403, 200]),
        ["GET /api/v1/products/{id:guid}/history"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{await Draft(f)}/history", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["POST /api/v1/products/{id:guid}/versions"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await Draft(f)}/versions", new JsonObject { ["label"] = "1.0" }),
            [401, 201, 404, 404, 404, 403, 403, 201]),
        ["POST /api/v1/products/{id:guid}/review-request"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await Draft(f)}/review-request", null),
            [401, 200, 404, 404, 404, 403, 403, 200]),
        ["POST /api/v1/products/{id:guid}/publication"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await InReview(f)}/publication", null),
            [401, 403, 404, 404, 404, 200, 403, 200]),
        ["POST /api/v1/products/{id:guid}/rejection"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await InReview(f)}/rejection", new JsonObject { ["reason"] = "Onvolledig." }),
            [401, 403, 404, 404, 404, 200, 403, 200]),
        ["POST /api/v1/products/{id:guid}/withdrawal"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await Published(f)}/withdrawal", null),
            [401, 200, 403, 403, 403, 200, 403, 200]),
        ["POST /api/v1/products/{id:guid}/verification"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await Published(f)}/verification", new JsonObject { ["groups"] = new JsonArray("evidence") }),
            [401, 403, 403, 403, 403, 200, 403, 200]),
        ["GET /api/v1/organisations"] = new(_ => Get("/api/v1/organisations"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/organisations"] = new(_ => Task.FromResult((HttpMethod.Post, "/api/v1/organisations", (JsonNode?)new JsonObject { ["name"] = "Nieuw", ["slug"] = Slug(), ["kind"] = "vendor" })),
            [401, 403, 403, 403, 403, 403, 403, 201]),
        ["GET /api/v1/organisations/{id:guid}"] = new(f => Get($"/api/v1/organisations/{f.CareA.Id}"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/deployments"] = new(_ => Get("/api/v1/deployments"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/deployments"] = new(async f => (HttpMethod.Post, "/api/v1/deployments", new JsonObject
            {
                ["productId"] = (await Published(f)).ToString(),
                ["organisationId"] = f.CareA.Id.ToString(),
                ["status"] = "in-use",
                ["since"] = "2025-01-01",
            }),
            [401, 403, 403, 201, 403, 403, 403, 201]),
        ["GET /api/v1/deployments/{id:guid}"] = new(async f => (HttpMethod.Get, $"/api/v1/deployments/{await Deployed(f)}", null),
            [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/deployments/{id:guid}/ending"] = new(async f => (HttpMethod.Post, $"/api/v1/deployments/{await Deployed(f)}/ending", new JsonObject { ["until"] = "2026-06-30" }),
            [401, 403, 403, 200, 403, 403, 403, 200]),
        ["GET /api/v1/organisations/{id:guid}/signing-keys"] = new(f => Get($"/api/v1/organisations/{f.CareA.Id}/signing-keys"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/organisations/{id:guid}/signing-keys"] = new(f => Task.FromResult((HttpMethod.Post, $"/api/v1/organisations/{f.CareA.Id}/signing-keys",
                (JsonNode?)new JsonObject { ["jwk"] = Baken.Core.Validation.ResultSignature.PublicJwk(System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256)) })),
            [401, 403, 403, 201, 403, 403, 403, 201]),
        ["POST /api/v1/organisations/{id:guid}/signing-keys/{kid}/revocation"] = new(async f => (HttpMethod.Post, $"/api/v1/organisations/{f.CareA.Id}/signing-keys/{await CareAKeyAsync(f)}/revocation", null),
            [401, 403, 403, 200, 403, 403, 403, 200]),
        ["GET /api/v1/products/{id:guid}/validation-protocols"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{await Draft(f)}/validation-protocols", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["POST /api/v1/products/{id:guid}/validation-protocols"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await Published(f)}/validation-protocols", ValidationBuilder.Protocol()),
            [401, 201, 403, 403, 403, 403, 201, 201]),
        ["GET /api/v1/validation-protocols/{id:guid}"] = new(async f => (HttpMethod.Get, $"/api/v1/validation-protocols/{await ValidationBuilder.PublishedProductWithProtocolAsync(f)}", null),
            [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/validation-results"] = new(async f => (HttpMethod.Post, "/api/v1/validation-results", await SignedSubmission(f)),
            [401, 403, 403, 201, 403, 403, 403, 403]),
        ["GET /api/v1/validation-results/{id:guid}"] = new(async f => (HttpMethod.Get, $"/api/v1/validation-results/{await StoredResult(f)}", null),
            [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/products/{id:guid}/validation-results"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{await Published(f)}/validation-results", null),
            [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/checklists"] = new(_ => Get("/api/v1/checklists"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/checklists/{id}"] = new(_ => Get("/api/v1/checklists/leidraad-ai"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/products/{id:guid}/assessments"] = new(async f => (HttpMethod.Post, $"/api/v1/products/{await AssessmentBuilder.ProductWithVersionAsync(f)}/assessments", new JsonObject { ["checklist"] = AssessmentBuilder.Azwa }),
            [401, 201, 404, 404, 404, 403, 403, 201]),
        ["GET /api/v1/products/{id:guid}/assessments"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{(await AssessmentBuilder.DraftAsync(f)).Product}/assessments", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["GET /api/v1/products/{id:guid}/assessment-summary"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{(await AssessmentBuilder.SubmittedAsync(f, published: true)).Product}/assessment-summary", null),
            [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/assessments/{id:guid}"] = new(async f => (HttpMethod.Get, $"/api/v1/assessments/{await DraftAssessment(f)}", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["PUT /api/v1/assessments/{id:guid}/answers/{statement}"] = new(async f => (HttpMethod.Put, $"/api/v1/assessments/{await DraftAssessment(f)}/answers/1.1", AssessmentBuilder.Answer("met")),
            [401, 201, 404, 404, 404, 403, 403, 201]),
        ["POST /api/v1/assessments/{id:guid}/answers/{statement}/evidence"] = new(async f => (HttpMethod.Post, $"/api/v1/assessments/{await DraftAssessment(f)}/answers/1.1/evidence", new JsonObject { ["kind"] = "item", ["title"] = "Testrapport" }),
            [401, 201, 404, 404, 404, 403, 403, 201]),
        ["GET /api/v1/assessments/{id:guid}/evidence/{evidenceId:guid}/content"] = new(async f => (HttpMethod.Get, await EvidenceFileUrl(f), null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["DELETE /api/v1/assessments/{id:guid}/evidence/{evidenceId:guid}"] = new(async f => (HttpMethod.Delete, (await EvidenceFileUrl(f))[..^"/content".Length], null),
            [401, 204, 404, 404, 404, 403, 403, 204]),
        ["POST /api/v1/assessments/{id:guid}/comments"] = new(async f => (HttpMethod.Post, $"/api/v1/assessments/{await DraftAssessment(f)}/comments", new JsonObject { ["statement"] = "1.1", ["text"] = "Graag bewijs." }),
            [401, 201, 404, 404, 404, 201, 201, 201]),
        ["POST /api/v1/assessments/{id:guid}/submission"] = new(async f => (HttpMethod.Post, $"/api/v1/assessments/{await CompleteAssessment(f)}/submission", null),
            [401, 200, 404, 404, 404, 403, 403, 200]),
        ["POST /api/v1/assessments/{id:guid}/copies"] = new(async f => (HttpMethod.Post, $"/api/v1/assessments/{(await AssessmentBuilder.SubmittedAsync(f)).Assessment}/copies", null),
            [401, 201, 404, 404, 404, 403, 403, 201]),
        ["POST /api/v1/ethics-records"] = new(async f => (HttpMethod.Post, "/api/v1/ethics-records", AssessmentBuilder.EthicsBody(productId: await Published(f))),
            [401, 201, 403, 403, 403, 403, 403, 201]),
        ["GET /api/v1/ethics-records/{id:guid}"] = new(async f => (HttpMethod.Get, $"/api/v1/ethics-records/{await ProductEthicsRecord(f)}", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),

        // 428: allowed, but a replacement must name the revision it replaces (If-Match), which this matrix does not send.
        ["PUT /api/v1/ethics-records/{id:guid}"] = new(async f => (HttpMethod.Put, $"/api/v1/ethics-records/{await ProductEthicsRecord(f)}", AssessmentBuilder.EthicsBody()),
            [401, 428, 404, 404, 404, 403, 403, 428]),
        ["DELETE /api/v1/ethics-records/{id:guid}"] = new(async f => (HttpMethod.Delete, $"/api/v1/ethics-records/{await ProductEthicsRecord(f)}", null),
            [401, 204, 404, 404, 404, 403, 403, 204]),
        ["GET /api/v1/products/{id:guid}/ethics-records"] = new(async f => (HttpMethod.Get, $"/api/v1/products/{await Draft(f)}/ethics-records", null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["GET /api/v1/deployments/{id:guid}/ethics-records"] = new(async f => (HttpMethod.Get, $"/api/v1/deployments/{await Deployed(f)}/ethics-records", null),
            [404, 404, 404, 200, 404, 200, 200, 200]),
        ["POST /api/v1/classifications/evaluate"] = new(_ => Task.FromResult((HttpMethod.Post, "/api/v1/classifications/evaluate", (JsonNode?)NotADevice())),
            [200, 200, 200, 200, 200, 200, 200, 200]),
        ["GET /api/v1/classification-rules"] = new(_ => Get("/api/v1/classification-rules"), [200, 200, 200, 200, 200, 200, 200, 200]),
        ["PUT /api/v1/products/{id:guid}/versions/{versionId:guid}/classification"] = new(async f => (HttpMethod.Put, await ClassificationUrl(f, save: false), NotADevice()),
            [401, 200, 404, 404, 404, 403, 403, 200]),
        ["GET /api/v1/products/{id:guid}/versions/{versionId:guid}/classification"] = new(async f => (HttpMethod.Get, await ClassificationUrl(f, save: true), null),
            [404, 200, 404, 404, 404, 200, 200, 200]),
        ["GET /api/v1/audit-events"] = new(_ => Get("/api/v1/audit-events"), [401, 403, 403, 403, 403, 403, 200, 200]),
        ["GET /api/v1/api-tokens"] = new(_ => Get("/api/v1/api-tokens"), [401, 200, 200, 200, 200, 200, 200, 200]),
        ["POST /api/v1/api-tokens"] = new(_ => Task.FromResult((HttpMethod.Post, "/api/v1/api-tokens", (JsonNode?)new JsonObject { ["name"] = "ci", ["scopes"] = new JsonArray("read") })),
            [401, 201, 201, 201, 201, 201, 201, 201]),
        ["DELETE /api/v1/api-tokens/{id:guid}"] = new(async f => (HttpMethod.Delete, $"/api/v1/api-tokens/{await VendorToken(f)}", null),
            [401, 204, 404, 404, 404, 404, 404, 404]),
    };

    public static TheoryData<string> Endpoints => [.. Matrix.Keys];

    [Fact]
    public void EveryEndpoint_HasAnExpectedOutcome()
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Where(key => !key.EndsWith("/openapi.json", StringComparison.Ordinal) && !key.Contains("/reference", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        var missing = endpoints.Except(Matrix.Keys).ToList();
        Assert.True(missing.Count == 0, "Endpoints without an expected outcome: " + string.Join(", ", missing));
        Assert.Empty(Matrix.Keys.Except(endpoints));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_ByCaller_ReturnsExpectedStatus(string endpoint)
    {
        var row = Matrix[endpoint];
        var failures = new List<string>();
        for (var i = 0; i < Callers.Length; i++)
        {
            var (method, url, body) = await row.Arrange(fixture);
            var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            }

            var client = fixture.Client(Callers[i] == "anonymous" ? null : Callers[i]);
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            if ((int)response.StatusCode != row.Expected[i])
            {
                failures.Add($"{Callers[i]}: expected {row.Expected[i]}, got {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, endpoint + ": " + string.Join("; ", failures));
    }

    private static string Slug() => "m-" + Guid.NewGuid().ToString("N")[..12];

    private static Task<(HttpMethod, string, JsonNode?)> Get(string url) => Task.FromResult((HttpMethod.Get, url, (JsonNode?)null));

    private static async Task<string> CareAKeyAsync(ApiFixture f)
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(f, "care-a", f.CareA.Id);
        return (string)Baken.Core.Validation.ResultSignature.PublicJwk(key)["kid"]!;
    }

    private static Task<Guid> Draft(ApiFixture f) => f.Client("vendor-a").CreateProductAsync(Slug());

    private static async Task<Guid> InReview(ApiFixture f)
    {
        var id = await Draft(f);
        await f.Client("vendor-a").PostJsonAsync($"/api/v1/products/{id}/review-request", null);
        return id;
    }

    private static async Task<Guid> Published(ApiFixture f)
    {
        var id = await Draft(f);
        await ApiClient.PublishAsync(f, "vendor-a", id);
        return id;
    }

    private static async Task<Guid> Deployed(ApiFixture f)
    {
        var response = await f.Client("care-a").PostJsonAsync("/api/v1/deployments", new JsonObject
        {
            ["productId"] = (await Published(f)).ToString(),
            ["status"] = "in-use",
        });
        return (Guid)(await response.JsonAsync())["id"]!;
    }

    private static JsonObject NotADevice() => new() { ["medicalPurpose"] = false, ["interactsWithPeople"] = false, ["generatesContent"] = false };

    /// <summary>The classification address of a new draft's version, optionally with a saved classification.</summary>
    private static async Task<string> ClassificationUrl(ApiFixture f, bool save)
    {
        var id = await Draft(f);
        var version = await (await f.Client("vendor-a").PostJsonAsync($"/api/v1/products/{id}/versions", new JsonObject { ["label"] = "1.0" })).JsonAsync();
        var url = $"/api/v1/products/{id}/versions/{version["id"]}/classification";
        if (save)
        {
            await f.Client("vendor-a").PutAsync(url, new StringContent(NotADevice().ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        }

        return url;
    }

    private static System.Security.Cryptography.ECDsa? _careAKey;

    private static async Task<JsonNode> SignedSubmission(ApiFixture f)
    {
        _careAKey ??= await ValidationBuilder.RegisteredKeyAsync(f, "care-a", f.CareA.Id);
        var protocolId = await ValidationBuilder.PublishedProductWithProtocolAsync(f);
        return ValidationBuilder.Body(ValidationBuilder.Sign(_careAKey, protocolId));
    }

    private static async Task<Guid> StoredResult(ApiFixture f)
    {
        var response = await f.Client("care-a").PostJsonAsync("/api/v1/validation-results", await SignedSubmission(f));
        return (Guid)(await response.JsonAsync())["id"]!;
    }

    private static async Task<Guid> DraftAssessment(ApiFixture f) => (await AssessmentBuilder.DraftAsync(f)).Assessment;

    private static async Task<Guid> CompleteAssessment(ApiFixture f)
    {
        var id = await DraftAssessment(f);
        await AssessmentBuilder.AnswerAllAsync(f, id);
        return id;
    }

    private static async Task<string> EvidenceFileUrl(ApiFixture f)
    {
        var response = await AssessmentBuilder.UploadAsync(
            f.Client("vendor-a"),
            $"/api/v1/assessments/{await DraftAssessment(f)}/answers/1.1/evidence", "report.txt", "text/plain", "Testrapport"u8.ToArray());
        return (string)(await response.JsonAsync())["contentUrl"]!;
    }

    private static async Task<Guid> ProductEthicsRecord(ApiFixture f)
    {
        var response = await f.Client("vendor-a").PostJsonAsync("/api/v1/ethics-records", AssessmentBuilder.EthicsBody(productId: await Draft(f)));
        return (Guid)(await response.JsonAsync())["id"]!;
    }

    private static async Task<Guid> VendorToken(ApiFixture f)
    {
        var response = await f.Client("vendor-a").PostJsonAsync("/api/v1/api-tokens", new JsonObject { ["name"] = "to revoke", ["scopes"] = new JsonArray("read") });
        return (Guid)(await response.JsonAsync())["token"]!["id"]!;
    }
}
