using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Documentation;

public sealed class ValidateTranscriptsCommandTests : IDisposable
{
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ValidateTranscripts_AciBenchAsrPair_WritesTheCorpusFiguresAndAReportWorstFirst()
    {
        var output = _files.PathOf("asr.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-transcripts", "--reference", DocumentationFiles.AciBench("test2_virtscribe_humantrans.csv"),
            "--hypothesis", DocumentationFiles.AciBench("test2_virtscribe_asr.csv"), "--column", "dialogue", "--id-column", "id",
            "--normalise", "basic", "--output", output, "--protocol", DocumentationFiles.WriteProtocol(_files));

        Assert.True(code == 0, text);
        Assert.Contains("WER (corpus)                 │ 0.0853", text, StringComparison.Ordinal);
        Assert.Contains("wer: wer <= 0.1", text, StringComparison.Ordinal);
        // The protocol's fact criterion belongs to the note result: a transcript result is not judged on it.
        Assert.Contains("Acceptance criteria: 1 of 1 met.", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal(("documentation", "transcriptAccuracy", "basic"), ((string?)json["taskType"], (string?)json["measure"], (string?)json["normalisation"]));
        Assert.Equal(0.0853, Math.Round((double)json["overall"]!["wer"]!, 4));
        Assert.Equal(0.0428, Math.Round((double)json["overall"]!["cer"]!, 4));
        Assert.Equal(11_218, (int)json["overall"]!["referenceWords"]!);
        Assert.Equal(DocumentationFiles.ProtocolId, (string?)json["metadata"]!["protocolId"]);
        Assert.Equal(8, json["documents"]!.AsArray().Count);

        var html = await File.ReadAllTextAsync(_files.PathOf("asr.html"), TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Per document", html, StringComparison.Ordinal);
        // VS001 has the highest WER (0.1866): it heads the per-document table.
        Assert.True(html.IndexOf("<td>VS001</td>", StringComparison.Ordinal) < html.IndexOf("<td>VS025</td>", StringComparison.Ordinal));
        Assert.Contains("voldaan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateTranscripts_ByOrderWithUnequalRowCounts_RefusesWithBothCounts()
    {
        var reference = _files.Write("ref.csv", "dialogue\neen twee\ndrie vier\n");
        var hypothesis = _files.Write("hyp.csv", "dialogue\neen twee\n");
        var (code, text) = await ValidationCli.RunAsync("validate-transcripts", "--reference", reference, "--hypothesis", hypothesis, "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains("reference file has 2 data rows and the hypothesis file 1", text, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("r.json")));
    }

    [Fact]
    public async Task ValidateTranscripts_MissingColumn_RefusesAndNamesIt()
    {
        var reference = _files.Write("ref.csv", "id,text\n1,een twee\n");
        var (code, text) = await ValidationCli.RunAsync("validate-transcripts", "--reference", reference, "--hypothesis", reference, "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains("The reference file has no column 'dialogue'", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateTranscripts_EmptyTextInOneRow_LeavesItOutWithItsRowNumberAndCountsItRejected()
    {
        var reference = _files.Write("ref.csv", "id,dialogue\na,de patiënt slaapt slecht\nb,\nc,geen klachten\n");
        var hypothesis = _files.Write("hyp.csv", "id,dialogue\na,de patient slaapt slecht\nb,iets\nc,geen klachten\n");
        var output = _files.PathOf("r.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-transcripts", "--reference", reference, "--hypothesis", hypothesis, "--id-column", "id", "--output", output, "--normalise", "none");

        Assert.True(code == 0, text);
        Assert.Contains("The reference file, row 2: the text in column 'dialogue' is empty", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal((2, 1), ((int)json["metadata"]!["rowsUsed"]!, (int)json["metadata"]!["rowsRejected"]!));
        Assert.Equal(1 / 6.0, (double)json["overall"]!["wer"]!, 12);
    }

    [Fact]
    public async Task ValidateTranscripts_ClassificationProtocol_IsRefused()
    {
        var (code, text) = await ValidationCli.RunAsync(
            "validate-transcripts", "--reference", DocumentationFiles.AciBench("test2_virtscribe_humantrans.csv"),
            "--hypothesis", DocumentationFiles.AciBench("test2_virtscribe_asr.csv"), "--output", _files.PathOf("r.json"),
            "--protocol", DocumentationFiles.WriteProtocol(_files, taskType: "classification"));

        Assert.Equal(2, code);
        Assert.Contains("is for task type 'classification'; this command handles 'documentation'", text, StringComparison.Ordinal);
    }
}
