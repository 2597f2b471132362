using Baken.Core.Classification;

namespace Baken.Core.Tests.Classification;

/// <summary>
/// What the guided wizard relies on: a partial evaluation names the facts the chain still needs in
/// the order it needs them, and every rule-set step knows its question in both languages and the
/// fact and answers it asks.
/// </summary>
public sealed class ExploreTests
{
    private static readonly RuleSet Rules = ClassificationRules.LoadEmbedded().Current;

    [Fact]
    public void Explore_NoFacts_NeedsMedicalPurposeFirstAndHasNoOutcome()
    {
        var progress = Classifier.Explore(Rules, new ClassificationFacts());

        Assert.Null(progress.Error);
        Assert.Null(progress.Outcome);
        Assert.Equal("medicalPurpose", progress.MissingFacts[0]);
        Assert.DoesNotContain(progress.Trail, s => s.Step.EndsWith(":step:medical-purpose", StringComparison.Ordinal));
    }

    [Fact]
    public void Explore_MdrWithRule11Open_HasTheTrailSoFarAndNeedsTheRule11FactsInOrder()
    {
        var progress = Classifier.Explore(Rules, new ClassificationFacts { MedicalPurpose = true, Regime = "MDR" });

        Assert.Equal(["urn:baken:classification:1.0:step:medical-purpose", "urn:baken:classification:1.0:step:regime"], progress.Trail.Take(2).Select(s => s.Step));
        Assert.Equal(["informsClinicalDecisions", "monitorsPhysiologicalProcesses", "inHouse"], progress.MissingFacts.Take(3));
        Assert.DoesNotContain("ivdrClass", progress.MissingFacts);
    }

    [Fact]
    public void Explore_CompleteFacts_GivesTheSameOutcomeAsEvaluate()
    {
        var facts = Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "death-or-irreversible" };

        var progress = Classifier.Explore(Rules, facts);
        var evaluated = Classifier.Evaluate(Rules, facts);

        Assert.Empty(progress.MissingFacts);
        Assert.Equal("III", progress.Outcome?.DeviceClass);
        Assert.Equal(evaluated.Value!.Trail, progress.Outcome!.Trail);
        Assert.Equal(evaluated.Value.HighRiskRoute, progress.Outcome.HighRiskRoute);
    }

    [Fact]
    public void Explore_ContradictoryFacts_GivesTheErrorAndNoTrail()
    {
        var progress = Classifier.Explore(Rules, new ClassificationFacts { MedicalPurpose = false, Regime = "MDR" });

        Assert.NotNull(progress.Error?.Fields?["regime"]);
        Assert.Empty(progress.Trail);
        Assert.Null(progress.Outcome);
    }

    [Fact]
    public void Questions_EveryFactIsAskedByExactlyOneStepWithBothLanguages()
    {
        var asked = Rules.Questions.Where(q => q.Fact is not null).ToList();

        Assert.Equal(FactCatalog.All.Select(f => f.Name).Order(StringComparer.Ordinal), asked.Select(q => q.Fact!).Order(StringComparer.Ordinal));
        Assert.All(Rules.Questions, q => Assert.False(string.IsNullOrWhiteSpace(q.QuestionNl) || string.IsNullOrWhiteSpace(q.QuestionEn) || string.IsNullOrWhiteSpace(q.LegalSource)));
        Assert.All(asked, q => Assert.NotEmpty(q.Answers));
        Assert.All(asked, q => Assert.False(string.IsNullOrWhiteSpace(q.HelpNl) || string.IsNullOrWhiteSpace(q.HelpEn), $"{q.Id} has no help text"));
    }

    [Fact]
    public void Questions_AnswersComeFromTheCases()
    {
        var byFact = Rules.Questions.Where(q => q.Fact is not null).ToDictionary(q => q.Fact!);

        Assert.Equal(["MDR", "IVDR"], byFact["regime"].Answers);
        Assert.Equal(["true", "false"], byFact["medicalPurpose"].Answers);
        Assert.Equal(["5a", "5c", "5d"], byFact["annexIIIUse"].Answers);
        Assert.True(byFact["annexIIIUse"].NoneIsAnswer);
        Assert.False(byFact["regime"].NoneIsAnswer);
        Assert.Equal("Is de software bedoeld om lichaamsprocessen te bewaken?", byFact["monitorsPhysiologicalProcesses"].QuestionNl);
        Assert.Null(Rules.Questions.Single(q => q.Id == "notified-body-class").Fact);
        Assert.Contains("Rule 11", byFact["worstCaseImpact"].LegalSource, StringComparison.Ordinal);
    }

    [Fact]
    public void DutchTexts_EveryTrailEntryAndConsequenceOfTheTableHasOne()
    {
        var facts = new[]
        {
            Facts.Mdr, Facts.NotADevice, Facts.Ivdr("B"),
            Facts.Mdr with { InformsClinicalDecisions = true, WorstCaseImpact = "other", MonitorsPhysiologicalProcesses = true, VitalParametersImmediateDanger = true },
            Facts.NotADevice with { AnnexIIIUse = "5d", ProfilesNaturalPersons = false, Art63Exception = false, InteractsWithPeople = true, GeneratesContent = true },
        };

        foreach (var outcome in facts.Select(f => Classifier.Evaluate(Rules, f).Value!))
        {
            Assert.All(outcome.Trail, s => Assert.NotNull(Rules.Questions.Single(q => q.Urn == s.Step).DutchFor(s)));
            Assert.All(outcome.Consequences, c => Assert.True(Rules.DutchConsequenceTitles.ContainsKey(c.Id), c.Id));
        }

        var vital = Classifier.Evaluate(Rules, facts[3]).Value!.Trail.Single(s => s.Step.EndsWith(":step:rule11-vital", StringComparison.Ordinal));
        Assert.Equal(new DutchTrailText("Ja", "Klasse IIb."), Rules.Questions.Single(q => q.Id == "rule11-vital").DutchFor(vital));
    }
}
