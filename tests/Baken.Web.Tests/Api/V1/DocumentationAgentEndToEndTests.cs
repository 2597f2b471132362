using System.CommandLine;
using System.Text.Json.Nodes;
using Baken.Cli;

namespace Baken.Web.Tests.Api.V1;

/// <summary>
/// Speech-driven reporting, end to end over a real socket: transcripts and notes validated on the
/// ACI-Bench files, two reviewers' ratings summarised, all three submitted as signed aggregates,
/// and the product's documentation results show them per site, without any text or id.
/// </summary>
public sealed class DocumentationAgentEndToEndTests(KestrelApiFixture fixture) : IClassFixture<KestrelApiFixture>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("baken-doc-e2e-").FullName;

    [Fact]
    public async Task Agent_TranscriptsNotesAndReview_SubmittedAndShownWithoutText()
    {
        var server = fixture.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal(0, (await BakenAsync("keygen", "--out", _work)).Code);
        var jwk = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_work, "baken-signing-key.jwk.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(201, (int)(await fixture.Client("care-a").PostJsonAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys", new JsonObject { ["jwk"] = jwk.DeepClone() })).StatusCode);

        var productId = await fixture.Client("vendor-a").CreateProductAsync("e2e-speech");
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var protocol = new JsonObject
        {
            ["title"] = "Spraakgestuurd rapporteren",
            ["taskType"] = "documentation",
            ["blindedReview"] = true,
            ["minimumSampleSize"] = 2,
            ["criteria"] = new JsonArray(
                new JsonObject { ["id"] = "wer", ["metric"] = "wer", ["operator"] = "<=", ["value"] = 0.10 },
                new JsonObject { ["id"] = "rouge", ["metric"] = "rougeLsum", ["operator"] = ">=", ["value"] = 0.40 },
                new JsonObject { ["id"] = "pdqi", ["metric"] = "pdqi9Mean", ["operator"] = ">=", ["value"] = 3.5 }),
        };
        var protocolId = (string)(await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", protocol)).JsonAsync())["id"]!;

        var transcripts = Path.Combine(_work, "transcripts.json");
        var (code, output) = await BakenAsync("validate-transcripts", "--reference", Data("test2_virtscribe_humantrans.csv"), "--hypothesis", Data("test2_virtscribe_asr.csv"),
            "--column", "dialogue", "--id-column", "id", "--protocol", protocolId, "--server", server, "--output", transcripts);
        Assert.True(code == 0, output);
        var notes = Path.Combine(_work, "notes.json");
        (code, output) = await BakenAsync("validate-notes", "--reference", Data("clinicalnlp_taskC_test2.csv"), "--generated", Data("predictions/test2GPT-4_.csv"),
            "--transcript", Data("clinicalnlp_taskC_test2.csv"), "--id-column", "encounter_id", "--protocol", protocolId, "--server", server, "--output", notes);
        Assert.True(code == 0, output);
        var review = Path.Combine(_work, "review.json");
        Ratings("anna", [("D2N128", 4), ("D2N129", 5), ("D2N130", 3)]);
        Ratings("bram", [("D2N128", 4), ("D2N129", 4), ("D2N130", 3)]);
        (code, output) = await BakenAsync("review-summary", "--ratings", Path.Combine(_work, "anna.json"), "--ratings", Path.Combine(_work, "bram.json"),
            "--protocol-id", protocolId, "--output", review);
        Assert.True(code == 0, output);

        foreach (var result in new[] { transcripts, notes, review })
        {
            (code, output) = await BakenAsync("submit", result, "--server", server, "--token", fixture.Tokens["care-a"],
                "--key", Path.Combine(_work, "baken-signing-key.pem"), "--yes");
            Assert.True(code == 0, output);
        }

        var overview = await (await fixture.Client().GetAsync($"/api/v1/products/{productId}/validation-results")).JsonAsync();
        var sites = overview["protocols"]![0]!["sites"]!.AsArray();
        Assert.Equal(3, sites.Count);
        var byMeasure = sites.ToDictionary(s => (string)s!["summary"]!["measure"]!, s => s!);
        Assert.Equal(0.0853, (double)byMeasure["transcriptAccuracy"]["summary"]!["figures"]!["wer"]!, 4);
        Assert.Equal(0.4560, (double)byMeasure["noteQuality"]["summary"]!["figures"]!["rougeLsum"]!, 3);
        Assert.Equal((4 + 5 + 3 + 4 + 4 + 3) / 6.0, (double)byMeasure["humanReview"]["summary"]!["figures"]!["pdqi9Mean"]!, 12);
        Assert.True((bool)byMeasure["transcriptAccuracy"]["allCriteriaMet"]!);

        foreach (var site in sites)
        {
            var stored = (await (await fixture.Client().GetAsync($"/api/v1/validation-results/{site!["id"]}")).JsonAsync()).ToJsonString();
            foreach (var secret in new[] { "VS001", "D2N128", "anna", "carolyn", "[doctor]" })
            {
                Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    // A reviewer's file as `baken review` writes it (ids and remarks included: it stays local).
    private void Ratings(string rater, (string Id, int Score)[] ratings) =>
        File.WriteAllText(Path.Combine(_work, rater + ".json"), new JsonObject
        {
            ["schema"] = "baken.review-ratings/1",
            ["rater"] = rater,
            ["blinded"] = true,
            ["ratings"] = new JsonArray([.. ratings.Select(r => (JsonNode)new JsonObject
            {
                ["noteId"] = r.Id,
                ["origin"] = "ai",
                ["items"] = new JsonArray([.. Enumerable.Repeat(r.Score, 9).Select(x => (JsonNode)x)]),
                ["hallucinationFree"] = true,
                ["comment"] = "Opmerking over " + r.Id,
                ["ratedAt"] = "2026-11-25T10:00:00Z",
            })]),
        }.ToJsonString());

    private static async Task<(int Code, string Output)> BakenAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await BakenCli.CreateRoot().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }

    private static string Data(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Baken.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "..", "shared", "data", "aci-bench", name);
    }
}
