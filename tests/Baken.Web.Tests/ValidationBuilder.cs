using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Validation;

namespace Baken.Web.Tests;

/// <summary>Keys, protocols and signed submissions, as a care organisation's agent makes them.</summary>
internal static class ValidationBuilder
{
    public static async Task<ECDsa> RegisteredKeyAsync(ApiFixture fixture, string caller, Guid organisationId)
    {
        var key = ResultSignature.CreateKey();
        var response = await fixture.Client(caller).PostJsonAsync($"/api/v1/organisations/{organisationId}/signing-keys",
            new JsonObject { ["jwk"] = ResultSignature.PublicJwk(key) });
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Key registration failed: {(int)response.StatusCode}");
        }

        return key;
    }

    public static async Task<Guid> PublishedProductWithProtocolAsync(ApiFixture fixture, int minimumSampleSize = 100)
    {
        var productId = await fixture.Client("vendor-a").CreateProductAsync("val-" + Guid.NewGuid().ToString("N")[..10]);
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var protocol = await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", Protocol(minimumSampleSize))).JsonAsync();
        return (Guid)protocol["id"]!;
    }

    public static JsonObject Protocol(int minimumSampleSize = 100) => new()
    {
        ["title"] = "Externe validatie",
        ["minimumSampleSize"] = minimumSampleSize,
        ["thresholds"] = new JsonArray(0.5),
        ["criteria"] = new JsonArray(
            new JsonObject { ["id"] = "auc", ["metric"] = "aurocCi95.lower", ["operator"] = ">=", ["value"] = 0.75 },
            new JsonObject { ["id"] = "slope", ["metric"] = "calibrationSlope", ["operator"] = "between", ["value"] = 0.8, ["upper"] = 1.2 }),
    };

    /// <summary>An aggregate result in the engine's shape; the platform never recomputes it.</summary>
    public static JsonObject Result(Guid protocolId, int n = 500, double auroc = 0.85, double se = 0.02) => new()
    {
        ["metadata"] = new JsonObject { ["engineVersion"] = "test", ["protocolId"] = protocolId.ToString(), ["inputSha256"] = new string('a', 64) },
        ["minCellSize"] = 10,
        ["overall"] = new JsonObject
        {
            ["n"] = n,
            ["positives"] = n / 5,
            ["auroc"] = auroc,
            ["aurocSe"] = se,
            ["aurocCi95"] = new JsonArray(auroc - (1.96 * se), auroc + (1.96 * se)),
            ["calibrationSlope"] = 0.95,
            ["brier"] = 0.11,
        },
        ["subgroups"] = new JsonObject { ["sex"] = new JsonObject { ["X"] = new JsonObject { ["suppressed"] = true } } },
    };

    public static string Sign(ECDsa key, Guid protocolId, JsonObject? result = null, Guid? submissionId = null)
    {
        var payload = new JsonObject
        {
            ["schema"] = Submission.SchemaName,
            ["submissionId"] = (submissionId ?? Guid.NewGuid()).ToString(),
            ["protocolId"] = protocolId.ToString(),
            ["createdAt"] = "2026-11-25T10:00:00Z",
            ["result"] = result ?? Result(protocolId),
        };
        return ResultSignature.Sign(JsonSerializer.SerializeToUtf8Bytes(payload), key, (string)ResultSignature.PublicJwk(key)["kid"]!);
    }

    public static JsonObject Body(string jws) => new() { ["jws"] = jws };
}
