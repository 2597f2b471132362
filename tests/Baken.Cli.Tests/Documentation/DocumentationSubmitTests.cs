using System.Text;
using System.Text.Json.Nodes;
using Baken.Cli.Documentation;
using Baken.Cli.Tests.Validation;
using Baken.Core.Validation;

namespace Baken.Cli.Tests.Documentation;

/// <summary><c>baken submit</c> on documentation results: aggregates only, never texts or ids.</summary>
public sealed class DocumentationSubmitTests : IDisposable
{
    private const string Token = "bkn_test_secret_token_value";
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Submit_NoteResult_SendsOnlyAggregatesWithoutAnyIdOrText()
    {
        var resultPath = _files.PathOf("notes.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", DocumentationFiles.WriteReference(_files), "--generated", DocumentationFiles.WriteGenerated(_files),
            "--transcript", DocumentationFiles.WriteTranscript(_files), "--id-column", "encounter_id", "--output", resultPath,
            "--protocol", DocumentationFiles.WriteProtocol(_files));
        Assert.True(code == 0, text);
        var onDisk = await File.ReadAllTextAsync(resultPath, TestContext.Current.CancellationToken);
        Assert.Contains(DocumentationFiles.SecretId, onDisk, StringComparison.Ordinal);

        var payload = await SubmitAsync(resultPath);

        var sent = payload["result"]!.AsObject();
        Assert.Equal(["taskType", "measure", "metadata", "factCheck", "overall"], sent.Select(p => p.Key));
        Assert.Equal(DocumentationFiles.ProtocolId, (string?)payload["protocolId"]);
        Assert.Equal(3, (int)sent["overall"]!["unsupportedFacts"]!);
        var payloadText = payload.ToJsonString();
        foreach (var secret in new[] { DocumentationFiles.SecretId, "ENC-0002", DocumentationFiles.PatientName, "linkerknie", "maart", "metoprolol" })
        {
            Assert.DoesNotContain(secret, payloadText, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("\"sentence\"", payloadText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"documents\":[", payloadText, StringComparison.Ordinal);

        AssertOnlyNumbersAndKnownStrings(sent);
    }

    [Fact]
    public async Task Submit_TranscriptResult_DropsThePerDocumentEntries()
    {
        var resultPath = _files.PathOf("asr.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-transcripts", "--reference", DocumentationFiles.AciBench("test2_virtscribe_humantrans.csv"),
            "--hypothesis", DocumentationFiles.AciBench("test2_virtscribe_asr.csv"), "--id-column", "id", "--output", resultPath,
            "--protocol", DocumentationFiles.WriteProtocol(_files));
        Assert.True(code == 0, text);

        var payload = await SubmitAsync(resultPath);

        var sent = payload["result"]!.AsObject();
        Assert.Null(sent["documents"]);
        Assert.Equal(0.0853, Math.Round((double)sent["overall"]!["wer"]!, 4));
        Assert.DoesNotContain("VS0", payload.ToJsonString(), StringComparison.Ordinal);
        AssertOnlyNumbersAndKnownStrings(sent);
    }

    [Fact]
    public void Aggregates_HandEditedResult_LeavesUnknownKeysAndTextBehind()
    {
        var result = JsonNode.Parse($$"""
            {
              "taskType": "documentation", "measure": "noteQuality", "patient": "{{DocumentationFiles.PatientName}}",
              "metadata": { "engineVersion": "1.0.0", "protocolId": "{{DocumentationFiles.ProtocolId}}", "rowsRead": 2, "note": "{{DocumentationFiles.PatientName}}" },
              "factCheck": "my own words about {{DocumentationFiles.PatientName}}",
              "overall": { "documents": 2, "rouge1": 0.5, "comment": "{{DocumentationFiles.PatientName}}", "sectionPresence": { "plan": 1 } },
              "documents": [ { "id": "{{DocumentationFiles.SecretId}}" } ]
            }
            """)!.AsObject();

        var copy = DocumentationSubmission.Aggregates(result, out var problems);

        Assert.Empty(problems);
        Assert.DoesNotContain(DocumentationFiles.PatientName, copy!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentationFiles.SecretId, copy.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["taskType", "measure", "metadata", "overall"], copy.Select(p => p.Key));
    }

    [Fact]
    public void Aggregates_HumanReviewSummary_KeepsItsFiguresAndFixedDescriptions()
    {
        var result = JsonNode.Parse($$"""
            {
              "taskType": "documentation", "measure": "humanReview",
              "metadata": { "engineVersion": "1.0.0", "protocolId": "{{DocumentationFiles.ProtocolId}}", "ratingsSha256": "{{new string('a', 64)}}",
                "instrument": "PDQI-9 (1-5 per item) + free from hallucination (yes/no)", "agreement": "reviewer {{DocumentationFiles.PatientName}}",
                "blinded": true, "startedAt": "2026-11-25T10:00:00+00:00", "finishedAt": "2026-11-25T10:05:00+00:00" },
              "overall": { "documents": 30, "ratings": 60, "raters": 2, "pdqi9Mean": 4.1, "hallucinationFreeRate": 0.9, "krippendorffAlpha": 0.71,
                "items": { "upToDate": 4, "accurate": 4.2, "internallyConsistent": 4.5 },
                "humanNotes": { "documents": 10, "ratings": 20, "pdqi9Mean": 4.3, "hallucinationFreeRate": 1 } }
            }
            """)!.AsObject();

        var copy = DocumentationSubmission.Aggregates(result, out var problems);

        Assert.Empty(problems);
        var overall = copy!["overall"]!;
        Assert.Equal((4.1, 0.71, 4.5, 4.3), ((double)overall["pdqi9Mean"]!, (double)overall["krippendorffAlpha"]!, (double)overall["items"]!["internallyConsistent"]!, (double)overall["humanNotes"]!["pdqi9Mean"]!));
        Assert.True((bool)copy["metadata"]!["blinded"]!);
        Assert.NotNull(copy["metadata"]!["instrument"]);
        // A description that is not the fixed text could be anything: it stays behind.
        Assert.Null(copy["metadata"]!["agreement"]);
        Assert.DoesNotContain(DocumentationFiles.PatientName, copy.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "documents": 2, "items": { "Dr. Jansen": 4 } }""", "overall.items")]
    [InlineData("""{ "documents": 2, "rouge1": "Jansen" }""", "overall.rouge1")]
    [InlineData("""{ "documents": 2, "sectionPresence": { "Mevrouw Jansen heeft": 1 } }""", "overall.sectionPresence")]
    public void Aggregates_TextWhereANumberOrNameBelongs_RefusesTheResult(string overall, string path)
    {
        var result = JsonNode.Parse($$"""{ "taskType": "documentation", "measure": "noteQuality", "metadata": {}, "overall": {{overall}} }""")!.AsObject();

        Assert.Null(DocumentationSubmission.Aggregates(result, out var problems));
        Assert.Contains(problems, p => p.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_DocumentationResultWithTextInAnAggregate_SendsNothing()
    {
        var resultPath = _files.PathOf("bad.json");
        await File.WriteAllTextAsync(resultPath, $$"""
            { "taskType": "documentation", "measure": "noteQuality", "metadata": { "protocolId": "{{DocumentationFiles.ProtocolId}}" },
              "overall": { "documents": 2, "wer": "{{DocumentationFiles.PatientName}}" } }
            """, TestContext.Current.CancellationToken);
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        await using var server = new LoopbackServer(201, "application/json", "{}");

        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");

        Assert.Equal(2, code);
        Assert.Contains("overall.wer: must be a number or null.", text, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private async Task<JsonObject> SubmitAsync(string resultPath)
    {
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        await using var server = new LoopbackServer(201, "application/json", """{"id":"0196a8f2-4444-7000-8000-000000000004"}""");
        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");
        Assert.True(code == 0, text);
        Assert.Contains("only the aggregates below are sent", text, StringComparison.Ordinal);

        var jws = (string)JsonNode.Parse(Assert.Single(server.Requests).Body)!["jws"]!;
        var (_, payloadBytes) = ResultSignature.Parse(jws)!.Value;
        var payload = JsonNode.Parse(payloadBytes)!.AsObject();
        Assert.DoesNotContain(DocumentationFiles.SecretId, Encoding.UTF8.GetString(payloadBytes), StringComparison.Ordinal);
        return payload;
    }

    // Every string in what is sent is one of a few fixed words, a hash, a version, an id of the protocol or a time.
    private static void AssertOnlyNumbersAndKnownStrings(JsonNode node, string path = "result")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (value is not null)
                    {
                        AssertOnlyNumbersAndKnownStrings(value, $"{path}.{key}");
                    }
                }

                break;
            case JsonArray:
                Assert.Fail($"{path}: an array in a submitted documentation result.");
                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                var s = v.GetValue<string>();
                Assert.True(
                    s is "documentation" or "noteQuality" or "transcriptAccuracy" or "basic" or "none" || s == Baken.Engine.Documentation.DocumentationResultJson.FactCheckLabel
                        || path.StartsWith("result.metadata.", StringComparison.Ordinal),
                    $"{path}: unexpected text '{s}'.");
                break;
        }
    }
}
