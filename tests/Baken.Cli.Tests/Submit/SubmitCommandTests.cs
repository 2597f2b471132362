using System.CommandLine;
using System.Text.Json.Nodes;
using System.Text;
using Baken.Cli.Agent;
using Baken.Cli.Submit;
using Baken.Cli.Tests.Validation;
using Baken.Core.Validation;

namespace Baken.Cli.Tests.Submit;

/// <summary><c>baken submit</c> against a loopback server standing in for the platform.</summary>
public sealed class SubmitCommandTests : IDisposable
{
    private const string Token = "bkn_test_secret_token_value";
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Submit_Yes_PostsAJwsThatVerifiesAndHoldsOnlyTheAggregateResult()
    {
        var resultPath = await _files.ValidatedResultAsync();
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        var resultId = Guid.NewGuid();
        await using var server = new LoopbackServer(201, "application/json", $$"""{"id":"{{resultId}}"}""", $"/api/v1/validation-results/{resultId}");

        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");

        Assert.True(code == 0, text);
        Assert.Contains($"result {resultId}", text, StringComparison.Ordinal);
        Assert.Contains($"{server.Address}api/v1/validation-results/{resultId}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/api/v1/validation-results"), (request.Method, request.Path));
        Assert.Equal($"Bearer {Token}", request.Headers["Authorization"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal(["jws"], body.Select(p => p.Key));

        var jws = (string)body["jws"]!;
        var jwk = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("baken-signing-key.jwk.json"), TestContext.Current.CancellationToken))!.AsObject();
        using var publicKey = ResultSignature.FromJwk(jwk)!;
        Assert.True(ResultSignature.Verify(jws, publicKey));
        var (header, payloadBytes) = ResultSignature.Parse(jws)!.Value;
        Assert.Equal(((string?)"ES256", (string?)jwk["kid"]), ((string?)header["alg"], (string?)header["kid"]));

        var payload = JsonNode.Parse(payloadBytes)!.AsObject();
        Assert.Equal(["schema", "submissionId", "protocolId", "createdAt", "result"], payload.Select(p => p.Key));
        Assert.Equal(Submission.SchemaName, (string?)payload["schema"]);
        Assert.Equal(ValidationFiles.ProtocolId, (string?)payload["protocolId"]);
        var sent = payload["result"]!;
        var onDisk = JsonNode.Parse(await File.ReadAllTextAsync(resultPath, TestContext.Current.CancellationToken));
        Assert.True(JsonNode.DeepEquals(onDisk, sent), "the signed result differs from the file");
        Assert.Empty(ResultPrivacyGuard.Check(sent.AsObject()));
        var payloadText = Encoding.UTF8.GetString(payloadBytes);
        Assert.DoesNotContain("r0000000", payloadText, StringComparison.Ordinal);
        Assert.DoesNotContain("0.011131748173269422", payloadText, StringComparison.Ordinal);
        Assert.Contains(SubmissionPayload.Hash(payloadBytes), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ServerRefuses_PrintsTheProblemAndExitsOne()
    {
        var resultPath = await _files.ValidatedResultAsync();
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        await using var server = new LoopbackServer(400, "application/problem+json", """
            {"type":"about:blank","title":"The request is not valid.","status":400,"detail":"See the errors.",
             "errors":{"payload.result.overall.n":["The protocol needs at least 500 rows; this result has 228."]}}
            """);

        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");

        Assert.Equal(1, code);
        Assert.Contains("The request is not valid.", text, StringComparison.Ordinal);
        Assert.Contains("See the errors.", text, StringComparison.Ordinal);
        Assert.Contains("payload.result.overall.n: The protocol needs at least 500 rows", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_TamperedSuppressedCell_IsRefusedBeforeAnythingIsSent()
    {
        var resultPath = await _files.ValidatedResultAsync();
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        var result = JsonNode.Parse(await File.ReadAllTextAsync(resultPath, TestContext.Current.CancellationToken))!.AsObject();
        result["subgroups"] = new JsonObject { ["sex"] = new JsonObject { ["X"] = new JsonObject { ["suppressed"] = true, ["n"] = 3, ["positives"] = 1 } } };
        await File.WriteAllTextAsync(resultPath, result.ToJsonString(), TestContext.Current.CancellationToken);
        await using var server = new LoopbackServer(201, "application/json", "{}");

        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");

        Assert.Equal(2, code);
        Assert.Contains("subgroups.sex.X: a suppressed cell must be exactly {\"suppressed\": true}", text, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Submit_NonInteractiveWithoutYes_RefusesAndSendsNothing()
    {
        var resultPath = await _files.ValidatedResultAsync();
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        await using var server = new LoopbackServer(201, "application/json", "{}");
        var root = new RootCommand { SubmitCommand.Create(new Confirmation(() => false, () => throw new InvalidOperationException("must not ask"))) };

        var (code, text) = await ValidationCli.RunAsync(root,
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"));

        Assert.Equal(2, code);
        Assert.Contains("the data owner must approve each upload", text, StringComparison.Ordinal);
        Assert.Contains("\"protocolId\": \"" + ValidationFiles.ProtocolId + "\"", text, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("n", 2, 0)]
    [InlineData("", 2, 0)]
    [InlineData("y", 0, 1)]
    public async Task Submit_Interactive_SendsOnlyAfterYes(string answer, int expectedCode, int expectedRequests)
    {
        var resultPath = await _files.ValidatedResultAsync();
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        await using var server = new LoopbackServer(201, "application/json", "{}");
        var root = new RootCommand { SubmitCommand.Create(new Confirmation(() => true, () => answer)) };

        var (code, text) = await ValidationCli.RunAsync(root,
            "submit", resultPath, "--server", server.Address.ToString(), "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"));

        Assert.True(code == expectedCode, text);
        Assert.Contains("Send this result? [y/N]", text, StringComparison.Ordinal);
        Assert.Equal(expectedRequests, server.Requests.Count);
    }

    [Fact]
    public async Task Submit_ResultWithoutProtocol_IsRefused()
    {
        var resultPath = _files.PathOf("result.json");
        await ValidationCli.RunAsync("validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--bootstrap", "0", "--output", resultPath);
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);

        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", "http://127.0.0.1:9/", "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");

        Assert.Equal(2, code);
        Assert.Contains("names no validation protocol", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_PlainHttpToAnotherHost_IsRefused()
    {
        var resultPath = await _files.ValidatedResultAsync();
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);

        var (code, text) = await ValidationCli.RunAsync(
            "submit", resultPath, "--server", "http://baken.example.nl", "--token", Token, "--key", _files.PathOf("baken-signing-key.pem"), "--yes");

        Assert.Equal(2, code);
        Assert.Contains("use https://", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Payload_SignedBytes_VerifyAndNameTheKeyByItsThumbprint()
    {
        using var key = ResultSignature.CreateKey();
        var result = new JsonObject { ["metadata"] = new JsonObject { ["protocolId"] = ValidationFiles.ProtocolId }, ["minCellSize"] = 10 };
        var protocolId = SubmissionPayload.ProtocolId(result)!.Value;
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

        var payload = SubmissionPayload.Serialize(SubmissionPayload.Build(result, protocolId, now));
        var jws = SubmissionPayload.Sign(payload, key);

        Assert.True(ResultSignature.Verify(jws, key));
        var (header, signed) = ResultSignature.Parse(jws)!.Value;
        Assert.Equal(payload, signed);
        Assert.Equal(ResultSignature.Thumbprint(ResultSignature.PublicJwk(key)), (string?)header["kid"]);
        Assert.Equal("2026-05-01T12:00:00+00:00", (string?)JsonNode.Parse(payload)!["createdAt"]);
        Assert.Null(SubmissionPayload.ProtocolId(new JsonObject { ["metadata"] = new JsonObject { ["protocolId"] = null } }));
    }
}
