using Baken.Core.Classification;
using Baken.Core.Platform;

namespace Baken.Core.Tests.Classification;

/// <summary>
/// The chain against the rules of DOMAIN.md, "Regulation: classification chain": every row of the
/// MDCG 2025-6 table, every Rule 11 branch, IVDR, Annex III, the Art. 6(3) exception and its
/// profiling override, Art. 50 duties and incident routes.
/// </summary>
public sealed class ClassifierTests
{
    private static readonly RuleSet Rules = ClassificationRules.LoadEmbedded().Current;

    /// <summary>Expected outcome; a null route or class means "none".</summary>
    public sealed record Expected(string? DeviceClass, bool NotifiedBody, bool HighRisk, string? Route, string? Incident);

    private static readonly Dictionary<string, (ClassificationFacts Facts, Expected Expected)> Table = new()
    {
        // MDCG 2025-6 (DOMAIN.md item 3): high-risk via Art. 6(1) exactly when a notified body takes part.
        ["MDR class I, non-sterile, no measuring: not high-risk"] = (Facts.Mdr, new("I", false, false, null, "mdr-vigilance")),
        ["MDR class I sterile: high-risk"] = (Facts.Mdr with { Sterile = true }, new("I", true, true, "art6-1", "mdr-vigilance")),
        ["MDR class I measuring: high-risk"] = (Facts.Mdr with { MeasuringFunction = true }, new("I", true, true, "art6-1", "mdr-vigilance")),
        ["MDR class IIa: high-risk"] = (Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "other" }, new("IIa", true, true, "art6-1", "mdr-vigilance")),
        ["MDR class IIb: high-risk"] = (Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "serious-deterioration-or-surgery" }, new("IIb", true, true, "art6-1", "mdr-vigilance")),
        ["MDR class III: high-risk"] = (Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "death-or-irreversible" }, new("III", true, true, "art6-1", "mdr-vigilance")),
        ["IVDR class A non-sterile: not high-risk"] = (Facts.Ivdr("A"), new("A", false, false, null, "ivdr-vigilance")),
        ["IVDR class A sterile: high-risk"] = (Facts.Ivdr("A") with { Sterile = true }, new("A", true, true, "art6-1", "ivdr-vigilance")),
        ["IVDR class B: high-risk"] = (Facts.Ivdr("B"), new("B", true, true, "art6-1", "ivdr-vigilance")),
        ["IVDR class C: high-risk"] = (Facts.Ivdr("C"), new("C", true, true, "art6-1", "ivdr-vigilance")),
        ["IVDR class D: high-risk"] = (Facts.Ivdr("D"), new("D", true, true, "art6-1", "ivdr-vigilance")),
        ["MDR in-house class III: not high-risk, class unchanged"] = (Facts.Mdr with { InHouse = true, InformsClinicalDecisions = true, WorstCaseImpact = "death-or-irreversible" }, new("III", false, false, null, "mdr-vigilance")),
        ["MDR in-house sterile class I: not high-risk"] = (Facts.Mdr with { InHouse = true, Sterile = true }, new("I", false, false, null, "mdr-vigilance")),
        ["IVDR in-house class D: not high-risk, class unchanged"] = (Facts.Ivdr("D") with { InHouse = true }, new("D", false, false, null, "ivdr-vigilance")),

        // MDR Annex VIII Rule 11, every branch; where two parts apply the strictest class wins.
        ["Rule 11 monitoring: IIa"] = (Facts.Mdr with { MonitorsPhysiologicalProcesses = true, VitalParametersImmediateDanger = false }, new("IIa", true, true, "art6-1", "mdr-vigilance")),
        ["Rule 11 vital parameters: IIb"] = (Facts.Mdr with { MonitorsPhysiologicalProcesses = true, VitalParametersImmediateDanger = true }, new("IIb", true, true, "art6-1", "mdr-vigilance")),
        ["Rule 11 decisions IIa + vital monitoring IIb: IIb"] = (Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "other", MonitorsPhysiologicalProcesses = true, VitalParametersImmediateDanger = true }, new("IIb", true, true, "art6-1", "mdr-vigilance")),
        ["Rule 11 decisions III + monitoring IIa: III"] = (Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "death-or-irreversible", MonitorsPhysiologicalProcesses = true, VitalParametersImmediateDanger = false }, new("III", true, true, "art6-1", "mdr-vigilance")),
        ["Rule 11 decisions IIb + monitoring IIa: IIb"] = (Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "serious-deterioration-or-surgery", MonitorsPhysiologicalProcesses = true, VitalParametersImmediateDanger = false }, new("IIb", true, true, "art6-1", "mdr-vigilance")),

        // Not a device; Annex III health routes, the Art. 6(3) exception and the profiling override.
        ["Not a device, no Annex III use: nothing"] = (Facts.NotADevice, new(null, false, false, null, null)),
        ["Annex III 5(a): high-risk"] = (Facts.NotADevice with { AnnexIIIUse = "5a", ProfilesNaturalPersons = false, Art63Exception = false }, new(null, false, true, "annex-iii", "ai-act-art73")),
        ["Annex III 5(c): high-risk"] = (Facts.NotADevice with { AnnexIIIUse = "5c", ProfilesNaturalPersons = false, Art63Exception = false }, new(null, false, true, "annex-iii", "ai-act-art73")),
        ["Annex III 5(d): high-risk"] = (Facts.NotADevice with { AnnexIIIUse = "5d", ProfilesNaturalPersons = false, Art63Exception = false }, new(null, false, true, "annex-iii", "ai-act-art73")),
        ["Annex III with an Art. 6(3) exception: not high-risk"] = (Facts.NotADevice with { AnnexIIIUse = "5d", ProfilesNaturalPersons = false, Art63Exception = true }, new(null, false, false, null, null)),
        ["Annex III exception but profiling: high-risk"] = (Facts.NotADevice with { AnnexIIIUse = "5a", ProfilesNaturalPersons = true, Art63Exception = true }, new(null, false, true, "annex-iii", "ai-act-art73")),
        ["Class I device used for 5(d) triage: high-risk through Annex III"] = (Facts.Mdr with { AnnexIIIUse = "5d", ProfilesNaturalPersons = false, Art63Exception = false }, new("I", false, true, "annex-iii", "mdr-vigilance")),
        ["In-house device used for 5(d) with exception: not high-risk"] = (Facts.Mdr with { InHouse = true, AnnexIIIUse = "5d", ProfilesNaturalPersons = false, Art63Exception = true }, new("I", false, false, null, "mdr-vigilance")),
        ["Device with a notified body and an Annex III use: route stays Art. 6(1)"] = (Facts.Mdr with { Sterile = true, AnnexIIIUse = "5d" }, new("I", true, true, "art6-1", "mdr-vigilance")),
    };

    public static TheoryData<string> Rows => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Evaluate_TableRow_GivesExpectedOutcome(string row)
    {
        var (facts, expected) = Table[row];

        var outcome = Evaluate(facts);

        Assert.Equal(expected, new Expected(outcome.DeviceClass, outcome.NotifiedBodyInvolved, outcome.AiActHighRisk, outcome.HighRiskRoute, outcome.IncidentRoute));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Evaluate_Art50Facts_GiveTransparencyDuties(bool interacts, bool generates)
    {
        var outcome = Evaluate(Facts.NotADevice with { InteractsWithPeople = interacts, GeneratesContent = generates });

        string[] expected = [.. interacts ? ["art50-1"] : Array.Empty<string>(), .. generates ? ["art50-2"] : Array.Empty<string>()];
        Assert.Equal(expected, outcome.TransparencyDuties);
        Assert.Equal(interacts, outcome.Consequences.Any(c => c.Article == "Art. 50(1)"));
        Assert.Equal(generates, outcome.Consequences.Any(c => c.Article == "Art. 50(2)"));
    }

    [Fact]
    public void Evaluate_Always_IncludesAiLiteracyFrom2025()
    {
        var literacy = Assert.Single(Evaluate(Facts.NotADevice).Consequences);

        Assert.Equal("Art. 4", literacy.Article);
        Assert.Equal(new DateOnly(2025, 2, 2), literacy.AppliesFrom);
    }

    [Fact]
    public void Evaluate_HighRiskDevice_HasDeployerDutiesWithoutFria()
    {
        var outcome = Evaluate(Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "other" });

        var duties = outcome.Consequences.Single(c => c.Article == "Art. 26");
        Assert.Equal(new DateOnly(2027, 8, 2), duties.AppliesFrom);
        Assert.Equal(new DateOnly(2028, 8, 2), duties.ProposedFrom);
        Assert.DoesNotContain(outcome.Consequences, c => c.Article == "Art. 27");
    }

    [Fact]
    public void Evaluate_AnnexIIIHighRisk_HasDeployerDutiesAndFria()
    {
        var outcome = Evaluate(Facts.NotADevice with { AnnexIIIUse = "5c", ProfilesNaturalPersons = false, Art63Exception = false });

        Assert.Equal(new DateOnly(2026, 8, 2), outcome.Consequences.Single(c => c.Article == "Art. 26").AppliesFrom);
        Assert.Contains(outcome.Consequences, c => c.Article == "Art. 27");
    }

    [Fact]
    public void Evaluate_ClassIIb_TrailListsStepsInOrderWithSources()
    {
        var outcome = Evaluate(Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "serious-deterioration-or-surgery" });

        Assert.Equal(
            ["medical-purpose", "regime", "rule11-decisions", "rule11-impact", "rule11-monitoring", "in-house", "notified-body-class", "art6-1",
             "art50-1", "art50-2", "ai-literacy", "deployer-duties", "incident-route"],
            outcome.Trail.Select(t => t.Step[(t.Step.LastIndexOf(':') + 1)..]));
        Assert.All(outcome.Trail, t => Assert.StartsWith("urn:baken:classification:1.0:step:", t.Step, StringComparison.Ordinal));
        Assert.All(outcome.Trail, t => Assert.False(string.IsNullOrWhiteSpace(t.LegalSource)));
        Assert.Contains("Annex VIII, Rule 11", outcome.Trail[3].LegalSource, StringComparison.Ordinal);
        Assert.Equal("Class IIb.", outcome.Trail[3].Conclusion);
        Assert.Equal(new RuleSetRef("urn:baken:classification:1.0", "1.0.0"), outcome.RuleSet);
    }

    [Fact]
    public void Evaluate_NoFacts_NamesEveryFactNeededFirst()
    {
        var fields = Errors(new ClassificationFacts());

        Assert.Equal(["generatesContent", "interactsWithPeople", "medicalPurpose"], fields.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_NotADevice_DoesNotAskDeviceFacts()
    {
        var outcome = Evaluate(new ClassificationFacts { MedicalPurpose = false, InteractsWithPeople = true, GeneratesContent = false });

        Assert.Null(outcome.DeviceClass);
        Assert.DoesNotContain(outcome.Trail, t => t.Step.EndsWith(":regime", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_DecisionsWithoutImpact_NamesWorstCaseImpact()
    {
        var fields = Errors(Facts.Mdr with { InformsClinicalDecisions = true });

        Assert.Equal(["worstCaseImpact"], fields.Keys);
        Assert.Contains("worst possible impact", fields["worstCaseImpact"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IvdrWithoutClass_NamesIvdrClass()
    {
        Assert.Equal(["ivdrClass"], Errors(Facts.Ivdr("A") with { IvdrClass = null }).Keys);
    }

    [Fact]
    public void Evaluate_ClassIWithoutSterileAnswer_NamesSterile()
    {
        Assert.Equal(["sterile"], Errors(Facts.Mdr with { Sterile = null }).Keys);
    }

    [Fact]
    public void Evaluate_AnnexIIIWithoutProfilingAnswer_NamesProfiling()
    {
        Assert.Equal(["profilesNaturalPersons"], Errors(Facts.NotADevice with { AnnexIIIUse = "5a" }).Keys);
    }

    [Theory]
    [InlineData("ivdr-with-mdr", "ivdrClass")]
    [InlineData("mdr-without-purpose", "regime")]
    [InlineData("purpose-without-regime", "regime")]
    [InlineData("vital-without-monitoring", "vitalParametersImmediateDanger")]
    [InlineData("in-house-not-device", "inHouse")]
    [InlineData("exception-without-annex-iii", "art63Exception")]
    public void Evaluate_ContradictoryFacts_NameTheField(string contradiction, string field)
    {
        var facts = contradiction switch
        {
            "ivdr-with-mdr" => Facts.Mdr with { IvdrClass = "B" },
            "mdr-without-purpose" => Facts.NotADevice with { Regime = "MDR" },
            "purpose-without-regime" => Facts.Mdr with { Regime = "none" },
            "vital-without-monitoring" => Facts.Mdr with { VitalParametersImmediateDanger = true },
            "in-house-not-device" => Facts.NotADevice with { InHouse = true },
            _ => Facts.NotADevice with { Art63Exception = true },
        };

        var fields = Errors(facts);

        Assert.Contains(field, fields.Keys);
    }

    [Theory]
    [InlineData("regime")]
    [InlineData("worstCaseImpact")]
    [InlineData("ivdrClass")]
    [InlineData("annexIIIUse")]
    public void Evaluate_UnknownEnumValue_NamesFieldAndAllowedValues(string field)
    {
        var facts = field switch
        {
            "regime" => Facts.Mdr with { Regime = "mdr" },
            "worstCaseImpact" => Facts.Mdr with { WorstCaseImpact = "bad" },
            "ivdrClass" => Facts.Ivdr("E"),
            _ => Facts.Mdr with { AnnexIIIUse = "5b" },
        };

        var fields = Errors(facts);

        Assert.Equal([field], fields.Keys);
        Assert.StartsWith("Unknown value; use one of:", fields[field][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RandomFacts_NeverThrow()
    {
        // The loader cannot prove every step total; a broad sample shows the content has no gaps.
        var random = new Random(20251125);
        bool? Bool() => random.Next(3) switch { 0 => null, 1 => true, _ => false };
        string? Pick(params string?[] values) => values[random.Next(values.Length)];
        var outcomes = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var facts = new ClassificationFacts
            {
                MedicalPurpose = Bool(), Regime = Pick(null, "MDR", "IVDR", "none"), InformsClinicalDecisions = Bool(),
                WorstCaseImpact = Pick(null, "death-or-irreversible", "serious-deterioration-or-surgery", "other"),
                MonitorsPhysiologicalProcesses = Bool(), VitalParametersImmediateDanger = Bool(), IvdrClass = Pick(null, "A", "B", "C", "D"),
                Sterile = Bool(), MeasuringFunction = Bool(), InHouse = Bool(), AnnexIIIUse = Pick(null, "5a", "5c", "5d"),
                Art63Exception = Bool(), ProfilesNaturalPersons = Bool(), InteractsWithPeople = Bool(), GeneratesContent = Bool(),
            };

            var result = Classifier.Evaluate(Rules, facts);

            Assert.True(result.IsSuccess || result.Error.Fields is { Count: > 0 });
            if (result.IsSuccess)
            {
                outcomes++;
                Assert.True(!result.Value.AiActHighRisk || result.Value.HighRiskRoute is not null);
            }
        }

        Assert.True(outcomes > 50, $"only {outcomes} complete outcomes; the sample is too narrow");
    }

    private static ClassificationOutcome Evaluate(ClassificationFacts facts)
    {
        var result = Classifier.Evaluate(Rules, facts);
        Assert.True(result.IsSuccess, result.Error is { } e ? string.Join("; ", e.Fields!.Select(f => $"{f.Key}: {f.Value[0]}")) : "");
        return result.Value;
    }

    private static IReadOnlyDictionary<string, string[]> Errors(ClassificationFacts facts)
    {
        var result = Classifier.Evaluate(Rules, facts);
        Assert.False(result.IsSuccess, "expected field errors");
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        return result.Error.Fields!;
    }
}
