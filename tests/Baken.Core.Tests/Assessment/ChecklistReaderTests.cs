using System.Text;
using System.Text.Json.Nodes;
using Baken.Core.Assessment.Content;

namespace Baken.Core.Tests.Assessment;

public sealed class ChecklistReaderTests
{
    [Fact]
    public void Read_ValidFile_ReturnsChecklist()
    {
        var (checklist, problems) = Read(Valid());

        Assert.Empty(problems);
        Assert.Equal("demo", checklist!.Id);
        Assert.Equal("1.1a", checklist.Find("1.1a")!.Number);
    }

    [Fact]
    public void Read_DuplicateIdAndUnknownPhase_ReportsBoth()
    {
        var file = Valid();
        var statements = file["statements"]!.AsArray();
        statements.Add(statements[0]!.DeepClone());
        statements[1]!["phase"] = 7;

        var (checklist, problems) = Read(file);

        Assert.Null(checklist);
        Assert.Contains(problems, p => p.Contains("not unique", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("phase 7", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IdOfAnotherVersion_IsRefused()
    {
        var file = Valid();
        file["statements"]![0]!["id"] = "urn:nl:demo:2.0:1.1a";

        var (_, problems) = Read(file);

        Assert.Contains(problems, p => p.Contains("carries version 2.0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kind", "must")]
    [InlineData("addressees", "nobody")]
    public void Read_UnknownEnumValue_NamesTheField(string field, string value)
    {
        var file = Valid();
        file["statements"]![0]![field] = field == "addressees" ? new JsonArray(value) : value;

        var (checklist, problems) = Read(file);

        Assert.Null(checklist);
        Assert.Contains(problems, p => p.Contains($"statements[0].{field}", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingText_IsRefused()
    {
        var file = Valid();
        file["statements"]![0]!.AsObject().Remove("text");

        var (checklist, problems) = Read(file);

        Assert.Null(checklist);
        Assert.Contains(problems, p => p.Contains("text", StringComparison.Ordinal));
    }

    [Fact]
    public void Registry_SameChecklistVersionTwice_RefusesToStart()
    {
        var (checklist, _) = Read(Valid());

        var e = Assert.Throws<InvalidOperationException>(() => new ChecklistRegistry([checklist!, checklist!]));

        Assert.Contains("demo 1.1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_Find_WithoutVersion_TakesTheNewest()
    {
        var older = Read(Valid()).Item1!;
        var newerFile = Valid();
        newerFile["version"] = "1.10";
        foreach (var s in newerFile["statements"]!.AsArray())
        {
            s!["id"] = ((string)s["id"]!).Replace(":1.1:", ":1.10:", StringComparison.Ordinal);
        }

        var registry = new ChecklistRegistry([Read(newerFile).Item1!, older]);

        Assert.Equal("1.10", registry.Find("demo")!.Version);
        Assert.Equal(["1.1", "1.10"], registry.All.Select(c => c.Version));
    }

    private static (Checklist?, IReadOnlyList<string>) Read(JsonNode file) =>
        ChecklistReader.Read("demo.json", new MemoryStream(Encoding.UTF8.GetBytes(file.ToJsonString())));

    private static JsonObject Valid() => new()
    {
        ["schemaVersion"] = 1,
        ["id"] = "demo",
        ["version"] = "1.1",
        ["contentRevision"] = 1,
        ["title"] = "Demo",
        ["source"] = new JsonObject { ["title"] = "Demo source", ["version"] = "1.1", ["publisher"] = "Test", ["citation"] = "Test" },
        ["phases"] = new JsonArray(new JsonObject { ["number"] = 1, ["title"] = "Eén" }),
        ["statements"] = new JsonArray(
            Statement("1.1a", "requirement"),
            Statement("1.1b", "recommendation")),
    };

    private static JsonObject Statement(string number, string kind) => new()
    {
        ["id"] = $"urn:nl:demo:1.1:{number}",
        ["number"] = number,
        ["phase"] = 1,
        ["section"] = new JsonObject { ["number"] = "1.1", ["title"] = "Sectie" },
        ["kind"] = kind,
        ["addressees"] = new JsonArray("developer"),
        ["text"] = "De ontwikkelaar moet iets doen.",
        ["wording"] = "source",
    };
}
