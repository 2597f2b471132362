using System.Text.Json.Nodes;
using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class NoteValidatorTests
{
    [Fact]
    public void Present_DutchAndEnglishHeadings_FindTheSoapSections()
    {
        Assert.Equal(["subjective", "objective", "assessment", "plan"],
            NoteSections.Present("**Anamnese**\nklachten\nLichamelijk onderzoek:\nRR 120/80\nConclusie: artrose\nBeleid: fysiotherapie", NoteSections.Soap));
        Assert.Equal(["subjective", "objective", "assessment", "plan"],
            NoteSections.Present("CHIEF COMPLAINT\n\nKnee pain.\n\nPHYSICAL EXAMINATION\n\nSwelling.\n\nASSESSMENT AND PLAN\n\n1. Arthritis.", NoteSections.Soap));
        Assert.Equal(["subjective", "plan"], NoteSections.Present("S: hoofdpijn\nA 45-year-old woman.\nP: paracetamol", NoteSections.Soap));
    }

    [Fact]
    public void Present_CustomSections_UsesTheGivenList()
    {
        NoteSection[] sections = [new("medicatie", ["medicatie", "medication"]), new("allergieen", ["allergieën", "allergies"])];
        Assert.Equal(["allergieen"], NoteSections.Present("Allergieen: geen bekend", sections));
    }

    [Fact]
    public void Run_AciBenchGpt4_WritesOverallRatesAndPerDocumentFacts()
    {
        var reference = DocumentReader.ReadCsv(AciBench.Reference, new DocumentColumns("reference", "note", "encounter_id"));
        var generated = DocumentReader.ReadCsv(AciBench.Prediction("test2GPT-4_.csv"), new DocumentColumns("generated", "note", "encounter_id"));
        var transcript = DocumentReader.ReadCsv(AciBench.Reference, new DocumentColumns("transcript", "dialogue", "encounter_id"));
        var pairs = DocumentPairing.Pair(reference, generated, transcript);

        var result = NoteValidator.Run(pairs, [reference, generated, transcript], new NoteOptions(), new FixedClock());
        var json = JsonNode.Parse(DocumentationResultJson.ToUtf8Bytes(result))!;

        Assert.Equal("documentation", (string?)json["taskType"]);
        var overall = json["overall"]!;
        Assert.Equal(40, (int)overall["documents"]!);
        Assert.Equal(51.24, Math.Round((double)overall["rouge1"]! * 100, 2));
        Assert.Equal(45.60, Math.Round((double)overall["rougeLsum"]! * 100, 2));
        Assert.True((double)overall["rougeL"]! < (double)overall["rougeLsum"]!);
        var unsupported = (double)overall["unsupportedFactRate"]!;
        var omitted = (double)overall["omittedFactRate"]!;
        Assert.InRange(unsupported, 0.0, 0.5);
        Assert.InRange(omitted, 0.0, 1.0);
        Assert.Equal(
            json["documents"]!.AsArray().Sum(d => (int)d!["unsupportedFacts"]!),
            (int)overall["unsupportedFacts"]!);
        Assert.Equal(3, json["metadata"]!.AsObject().Count(p => p.Key.EndsWith("Sha256", StringComparison.Ordinal)));
        Assert.StartsWith("lexical", (string?)json["factCheck"], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutTranscript_LeavesUnsupportedRatesNull()
    {
        var reference = Read("reference", "id,note\n1,\"Metoprolol 50 mg.\nLinkerknie.\"\n");
        var generated = Read("generated", "id,note\n1,Metoprolol 50 mg.\n");
        var result = NoteValidator.Run(DocumentPairing.Pair(reference, generated), [reference, generated], new NoteOptions(), new FixedClock());

        Assert.Null(result.UnsupportedFactRate);
        Assert.Null(result.Documents[0].Unsupported);
        Assert.Equal(1 / 3.0, result.OmittedFactRate!.Value, 12);
        Assert.Equal(0.5, result.OmittedSentenceRate!.Value, 12);
        var overall = JsonNode.Parse(DocumentationResultJson.ToUtf8Bytes(result))!["overall"]!;
        Assert.Null(overall["unsupportedFactRate"]);
    }

    private static DocumentFile Read(string role, string csv) =>
        DocumentReader.ReadCsv(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), new DocumentColumns(role, "note", "id"));
}
