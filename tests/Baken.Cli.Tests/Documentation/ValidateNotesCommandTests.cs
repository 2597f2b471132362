using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Documentation;

public sealed class ValidateNotesCommandTests : IDisposable
{
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ValidateNotes_CraftedDutchNotes_FlagsTheSwappedSideChangedDoseAndInventedDateInJsonAndHtml()
    {
        var output = _files.PathOf("notes.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", DocumentationFiles.WriteReference(_files), "--generated", DocumentationFiles.WriteGenerated(_files),
            "--transcript", DocumentationFiles.WriteTranscript(_files), "--id-column", "encounter_id", "--output", output);

        Assert.True(code == 0, text);
        Assert.Contains("lexical check", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        var secret = json["documents"]!.AsArray().Single(d => (string?)d!["id"] == DocumentationFiles.SecretId)!;
        Assert.Equal(["linkerknie", "100 mg", "14 maart 2025"], secret["unsupported"]!.AsArray().Select(f => (string?)f!["text"]));
        Assert.Equal(["laterality", "dosage", "date"], secret["unsupported"]!.AsArray().Select(f => (string?)f!["kind"]));
        Assert.Equal(0, (int)json["documents"]!.AsArray().Single(d => (string?)d!["id"] == "ENC-0002")!["unsupportedFacts"]!);
        var overall = json["overall"]!;
        Assert.Equal(3, (int)overall["unsupportedFacts"]!);
        Assert.True((double)overall["omittedFactRate"]! > 0);
        // One note is copied word for word, the other differs in a few words only.
        Assert.InRange((double)overall["rouge1"]!, 0.85, 0.999);

        var html = await File.ReadAllTextAsync(_files.PathOf("notes.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<mark>linkerknie</mark> &lt;script&gt;alert(1)&lt;/script&gt;.", html, StringComparison.Ordinal);
        Assert.Contains("<mark>100 mg</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>14 maart 2025</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        // The flawed note is the worst and comes first.
        Assert.True(html.IndexOf($"<td>{DocumentationFiles.SecretId}</td>", StringComparison.Ordinal) < html.IndexOf("<td>ENC-0002</td>", StringComparison.Ordinal));
        Assert.Contains("lexicaal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateNotes_WithoutTranscript_ReportsOmissionsOnlyAndSaysSo()
    {
        var output = _files.PathOf("notes.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", DocumentationFiles.WriteReference(_files), "--generated", DocumentationFiles.WriteGenerated(_files),
            "--id-column", "encounter_id", "--output", output, "--report-language", "en");

        Assert.True(code == 0, text);
        Assert.Contains("No --transcript", text, StringComparison.Ordinal);
        var overall = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!["overall"]!;
        Assert.Null(overall["unsupportedFactRate"]);
        Assert.Equal(3, (int)overall["omittedFacts"]!);
        var html = await File.ReadAllTextAsync(_files.PathOf("notes.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Without transcripts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateNotes_AciBenchGpt4_ReproducesThePaperRouge()
    {
        var output = _files.PathOf("gpt4.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", DocumentationFiles.AciBench("clinicalnlp_taskC_test2.csv"),
            "--generated", DocumentationFiles.AciBench(Path.Combine("predictions", "test2GPT-4_.csv")), "--output", output);

        Assert.True(code == 0, text);
        var overall = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!["overall"]!;
        Assert.Equal((51.24, 21.65, 45.60), (Pct(overall["rouge1"]), Pct(overall["rouge2"]), Pct(overall["rougeLsum"])));
    }

    [Fact]
    public async Task ValidateNotes_DuplicateIdInGeneratedFile_RefusesWithRowNumbers()
    {
        var generated = _files.Write("gen.csv", "encounter_id,note\nA,een\nA,twee\n");
        var reference = _files.Write("ref.csv", "encounter_id,note\nA,een\n");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", reference, "--generated", generated, "--id-column", "encounter_id", "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains("The generated file, row 2: the id in column 'encounter_id' repeats the id of row 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateNotes_CustomSections_AreLookedForInsteadOfSoap()
    {
        var output = _files.PathOf("notes.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", DocumentationFiles.WriteReference(_files), "--generated", DocumentationFiles.WriteGenerated(_files),
            "--id-column", "encounter_id", "--output", output, "--section", "medicatie=medicatie,medication", "--section", "beleid=beleid,plan,p");

        Assert.True(code == 0, text);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal(["medicatie", "beleid"], json["expectedSections"]!.AsArray().Select(n => (string?)n));
        Assert.Equal((0.5, 1.0), ((double)json["overall"]!["sectionPresence"]!["medicatie"]!, (double)json["overall"]!["sectionPresence"]!["beleid"]!));
    }

    [Fact]
    public async Task ValidateNotes_SectionWithoutHeadings_IsRefused()
    {
        var (code, text) = await ValidationCli.RunAsync(
            "validate-notes", "--reference", DocumentationFiles.WriteReference(_files), "--generated", DocumentationFiles.WriteGenerated(_files),
            "--output", _files.PathOf("r.json"), "--section", "Mevrouw Jansen");

        Assert.Equal(2, code);
        Assert.Contains("--section 'Mevrouw Jansen': write name=heading,heading", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateNotes_HugeGeneratedNote_IsLeftOutWithItsRowNumber()
    {
        var reference = _files.Write("ref.csv", "id,note\na,Beleid: rust.\nb,Beleid: rust.\n");
        var generated = _files.Write("gen.csv", $"id,note\na,Beleid: rust.\nb,\"{string.Join(' ', Enumerable.Repeat("rust", 10_000))}\"\n");
        var output = _files.PathOf("r.json");
        var (code, text) = await ValidationCli.RunAsync("validate-notes", "--reference", reference, "--generated", generated, "--id-column", "id", "--output", output);

        Assert.True(code == 0, text);
        Assert.Contains("The generated file, row 2: the text in column 'note' has 49,999 characters, more than the limit of 30,000", text, StringComparison.Ordinal);
        var metadata = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!["metadata"]!;
        Assert.Equal((1, 1), ((int)metadata["rowsUsed"]!, (int)metadata["rowsRejected"]!));
    }

    private static double Pct(JsonNode? node) => Math.Round((double)node! * 100, 2);
}
