using System.Net;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests.Api.V1;

// Documentation protocols (speech-driven reporting): the platform accepts signed aggregates of
// transcript accuracy, note quality and human review, and nothing that could carry text.
public sealed class DocumentationResultTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Results = "/api/v1/validation-results";

    [Fact]
    public async Task CreateProtocol_Documentation_KeepsTaskTypeAndRefusesClassifierParts()
    {
        var productId = await fixture.Client("vendor-a").CreateProductAsync("doc-proto-" + Guid.NewGuid().ToString("N")[..8]);

        var created = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", Protocol());
        var bad = Protocol();
        bad["thresholds"] = new JsonArray(0.5);
        bad["criteria"] = new JsonArray(new JsonObject { ["id"] = "auc", ["metric"] = "auroc", ["operator"] = ">=", ["value"] = 0.7 });
        var refused = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", bad);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var document = await created.JsonAsync();
        Assert.Equal("documentation", (string?)document["taskType"]);
        Assert.True((bool)document["blindedReview"]!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("thresholds") && errors.ContainsKey("criteria[0].metric"), errors.ToJsonString());
    }

    [Fact]
    public async Task Submit_TranscriptAggregates_StoredWithOnlyItsOwnCriteriaJudged()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var (productId, protocolId) = await PublishedWithProtocolAsync();

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId, Transcript(protocolId))));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.JsonAsync();
        var judged = stored["criteria"]!.AsArray().Select(c => (string?)c!["criterion"]!["id"]).ToList();
        Assert.Equal(["wer"], judged);
        Assert.True((bool)stored["allCriteriaMet"]!);
        var overview = await (await fixture.Client().GetAsync($"/api/v1/products/{productId}/validation-results")).JsonAsync();
        var summary = overview["protocols"]![0]!["sites"]![0]!["summary"]!;
        Assert.Equal("transcriptAccuracy", (string?)summary["measure"]);
        Assert.Equal(0.0853, (double)summary["figures"]!["wer"]!);
        Assert.Equal(40, (int)summary["n"]!);
    }

    [Fact]
    public async Task Overview_TwoSites_CombinesEachMeasureWeightedByDocuments()
    {
        using var keyA = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        using var keyB = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-b", fixture.CareB.Id);
        var (productId, protocolId) = await PublishedWithProtocolAsync();
        var siteA = Transcript(protocolId, documents: 40);
        var siteB = Transcript(protocolId, documents: 60);
        siteB["overall"]!["wer"] = 0.20;

        await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(keyA, protocolId, siteA)));
        await fixture.Client("care-b").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(keyB, protocolId, siteB)));
        var overview = await (await fixture.Client().GetAsync($"/api/v1/products/{productId}/validation-results")).JsonAsync();

        var protocol = overview["protocols"]![0]!;
        Assert.Equal("documentation", (string?)protocol["taskType"]);
        var combined = Assert.Single(protocol["combined"]!.AsArray())!;
        Assert.Equal("transcriptAccuracy", (string?)combined["measure"]);
        Assert.Equal(2, (int)combined["sites"]!);
        Assert.Equal(100, (int)combined["documents"]!);
        Assert.Equal(((0.0853 * 40) + (0.20 * 60)) / 100, (double)combined["figures"]!["wer"]!, 12);
    }

    [Fact]
    public async Task Submit_PerDocumentEntriesOrTextOrTooFewDocuments_AreRefusedPerField()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var (_, protocolId) = await PublishedWithProtocolAsync();
        var result = Transcript(protocolId, documents: 12);
        result["documents"] = new JsonArray(new JsonObject { ["id"] = "enc-1", ["wer"] = 0.1 });
        result["overall"]!["note"] = "Patiënt Jansen, 12 mg";

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId, result)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("payload.result.documents"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("payload.result.overall.note"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("payload.result.overall.documents"), errors.ToJsonString());
    }

    [Fact]
    public async Task Submit_ClassifierResultToDocumentationProtocol_IsRefused()
    {
        using var key = await ValidationBuilder.RegisteredKeyAsync(fixture, "care-a", fixture.CareA.Id);
        var (_, protocolId) = await PublishedWithProtocolAsync();

        var response = await fixture.Client("care-a").PostJsonAsync(Results, ValidationBuilder.Body(ValidationBuilder.Sign(key, protocolId)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync())["errors"]!.AsObject().ContainsKey("payload.result.taskType"));
    }

    private async Task<(Guid ProductId, Guid ProtocolId)> PublishedWithProtocolAsync()
    {
        var productId = await fixture.Client("vendor-a").CreateProductAsync("doc-" + Guid.NewGuid().ToString("N")[..10]);
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var protocol = await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", Protocol())).JsonAsync();
        return (productId, (Guid)protocol["id"]!);
    }

    private static JsonObject Protocol() => new()
    {
        ["title"] = "Spraakgestuurd rapporteren",
        ["taskType"] = "documentation",
        ["blindedReview"] = true,
        ["minimumSampleSize"] = 30,
        ["criteria"] = new JsonArray(
            new JsonObject { ["id"] = "wer", ["metric"] = "wer", ["operator"] = "<=", ["value"] = 0.10 },
            new JsonObject { ["id"] = "facts", ["metric"] = "unsupportedFactRate", ["operator"] = "<=", ["value"] = 0.01 }),
    };

    private static JsonObject Transcript(Guid protocolId, int documents = 40) => new()
    {
        ["taskType"] = "documentation",
        ["measure"] = "transcriptAccuracy",
        ["metadata"] = new JsonObject { ["engineVersion"] = "test", ["protocolId"] = protocolId.ToString() },
        ["normalisation"] = "basic",
        ["overall"] = new JsonObject
        {
            ["documents"] = documents,
            ["wer"] = 0.0853,
            ["cer"] = 0.0428,
            ["referenceWords"] = 11218,
            ["wordEdits"] = 957,
        },
    };
}
