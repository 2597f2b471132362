using System.Text;
using System.Text.Json.Nodes;
using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class DocumentationResultJsonTests
{
    [Fact]
    public void ToUtf8Bytes_TranscriptResult_HasTheClassifierMetadataAndTheTaskTypeMarker()
    {
        var reference = Read("reference", "id,dialogue\na,de patiënt slaapt slecht\nb,geen klachten\n");
        var hypothesis = Read("hypothesis", "id,dialogue\nb,geen klacht\na,de patient slaapt slecht\n");
        var result = TranscriptValidator.Run(DocumentPairing.Pair(reference, hypothesis), [reference, hypothesis], new TranscriptOptions { ProtocolId = "p-1" }, new FixedClock());

        var json = JsonNode.Parse(DocumentationResultJson.ToUtf8Bytes(result))!.AsObject();

        Assert.Equal(["taskType", "measure", "metadata", "normalisation", "overall", "documents"], json.Select(p => p.Key));
        Assert.Equal("documentation", (string?)json["taskType"]);
        var metadata = json["metadata"]!.AsObject();
        Assert.Equal(
            ["engineVersion", "protocolId", "referenceSha256", "hypothesisSha256", "rowsRead", "rowsUsed", "rowsRejected", "startedAt", "finishedAt"],
            metadata.Select(p => p.Key));
        Assert.Equal(("p-1", reference.Sha256, 2), ((string?)metadata["protocolId"], (string?)metadata["referenceSha256"], (int)metadata["rowsUsed"]!));
        Assert.Equal("2025-01-02T03:04:05+00:00", (string?)metadata["startedAt"]);
        // 2 edits ("patiënt", "klachten") over 6 reference words.
        Assert.Equal(2 / 6.0, (double)json["overall"]!["wer"]!, 12);
        Assert.Equal(["a", "b"], json["documents"]!.AsArray().Select(d => (string?)d!["id"]));
    }

    [Fact]
    public void ToUtf8Bytes_SameInputAndClock_IsByteForByteTheSame()
    {
        var reference = Read("reference", "id,dialogue\na,een twee drie\n");
        var hypothesis = Read("hypothesis", "id,dialogue\na,een drie\n");
        var pairs = DocumentPairing.Pair(reference, hypothesis);
        var first = DocumentationResultJson.ToUtf8Bytes(TranscriptValidator.Run(pairs, [reference, hypothesis], new TranscriptOptions(), new FixedClock()));
        var second = DocumentationResultJson.ToUtf8Bytes(TranscriptValidator.Run(pairs, [reference, hypothesis], new TranscriptOptions { MaxDegreeOfParallelism = 1 }, new FixedClock()));
        Assert.Equal(first, second);
    }

    private static DocumentFile Read(string role, string csv) =>
        DocumentReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new DocumentColumns(role, "dialogue", "id"));
}
