using System.Text;
using System.Text.Json.Nodes;
using Baken.Core.Classification;

namespace Baken.Core.Tests.Classification;

/// <summary>The shipped rule content loads, and broken content is refused with a message that names the place.</summary>
public sealed class RuleContentTests
{
    private static readonly string ContentFile = Path.Combine(RepositoryRoot(), "content", "classification", "rules-1.0.json");

    [Fact]
    public void LoadEmbedded_ShippedContent_IsValidAndCurrent()
    {
        var rules = ClassificationRules.LoadEmbedded();

        Assert.Equal("urn:baken:classification:1.0", rules.Current.Reference.Id);
        Assert.Equal("1.0.0", rules.Current.Reference.Version);
        Assert.Same(rules.Current, rules.Find("1.0.0"));
    }

    [Fact]
    public void LoadEmbedded_EqualsTheFileInTheRepository()
    {
        var embedded = ClassificationRules.LoadEmbedded().Current.Document.GetRawText();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(ContentFile)), JsonNode.Parse(embedded)));
    }

    public static TheoryData<string, string> Breakages => new()
    {
        { "unknown field", "$.steps[0].question.de" },
        { "unknown fact", "$.steps[0].cases[0].when.fact" },
        { "value outside the fact's domain", "$.steps[1].cases[0].when.equals" },
        { "unknown source", "$.steps[0].sources[2].ref" },
        { "catch-all before the last case", "$.steps[0].cases[0].when" },
        { "unknown consequence", "$.steps[16].cases[0].add.consequences[1]" },
        { "outcome that cannot be set", "$.steps[6].cases[0].set.colour" },
        { "raise of a field other than deviceClass", "$.steps[2].cases[0].raise.aiActHighRisk" },
        { "missing date", "$.consequences[0].appliesFrom" },
        { "duplicate step id", "$.steps[1].id" },
        { "bad version", "$.version" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Load_BrokenContent_IsRefusedNamingThePlace(string breakage, string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(ContentFile))!.AsObject();
        var steps = json["steps"]!.AsArray();
        switch (breakage)
        {
            case "unknown field": steps[0]!["question"]!["de"] = "Medizinischer Zweck?"; break;
            case "unknown fact": steps[0]!["cases"]![0]!["when"]!["fact"] = "medicalPurpse"; break;
            case "value outside the fact's domain": steps[1]!["cases"]![0]!["when"]!["equals"] = "MDD"; break;
            case "unknown source": steps[0]!["sources"]!.AsArray().Add(new JsonObject { ["ref"] = "gdpr" }); break;
            case "catch-all before the last case": steps[0]!["cases"]![0]!.AsObject().Remove("when"); break;
            case "unknown consequence": steps[16]!["cases"]![0]!["add"]!["consequences"]!.AsArray().Add("art99"); break;
            case "outcome that cannot be set": steps[6]!["cases"]![0]!["set"] = new JsonObject { ["colour"] = "red" }; break;
            case "raise of a field other than deviceClass": steps[2]!["cases"]![0]!["raise"] = new JsonObject { ["aiActHighRisk"] = true }; break;
            case "missing date": json["consequences"]![0]!["appliesFrom"] = "someday"; break;
            case "duplicate step id": steps[1]!["id"] = steps[0]!["id"]!.GetValue<string>(); break;
            default: json["version"] = "2.0"; break;
        }

        var error = Assert.Throws<InvalidOperationException>(() =>
            ClassificationRules.Load([("rules-broken.json", Encoding.UTF8.GetBytes(json.ToJsonString()))]));

        Assert.StartsWith("The classification rules are invalid:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"rules-broken.json {path}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotJson_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClassificationRules.Load([("rules-x.json", "{ \"id\": "u8.ToArray())]));

        Assert.Contains("rules-x.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NewerVersion_BecomesCurrentWithoutNewCode()
    {
        var json = JsonNode.Parse(File.ReadAllText(ContentFile))!.AsObject();
        json["id"] = "urn:baken:classification:1.1";
        json["version"] = "1.1.0";
        json["dates"]![3]!["date"] = "2028-08-02";
        var newer = Encoding.UTF8.GetBytes(json.ToJsonString());

        var rules = ClassificationRules.Load([("rules-1.0.json", File.ReadAllBytes(ContentFile)), ("rules-1.1.json", newer)]);
        var outcome = Classifier.Evaluate(rules.Current, Facts.Mdr with { Sterile = true }).Value!;

        Assert.Equal("1.1.0", outcome.RuleSet.Version);
        Assert.Equal(new DateOnly(2028, 8, 2), outcome.Consequences.Single(c => c.Article == "Art. 26").AppliesFrom);
        Assert.StartsWith("urn:baken:classification:1.1:step:", outcome.Trail[0].Step, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Baken.slnx not found above the test folder.");
    }
}
