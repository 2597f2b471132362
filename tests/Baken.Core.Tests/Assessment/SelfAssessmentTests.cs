using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;

namespace Baken.Core.Tests.Assessment;

public sealed class SelfAssessmentTests
{
    private static readonly ChecklistRegistry Registry = ChecklistRegistry.LoadEmbedded();
    private static readonly Checklist Azwa = Registry.Find("azwa-national-criteria")!;
    private static readonly Checklist Leidraad = Registry.Find("leidraad-ai")!;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Answer_SameContentTwice_IsUnchangedAndKeepsRevisions()
    {
        var assessment = New(Azwa);
        var statement = Azwa.Statements[0];

        var first = assessment.Answer(statement, AnswerOutcome.Met, "Getest met 12 verpleegkundigen.", null, Now, out var answer);
        var revision = assessment.Revision;
        var second = assessment.Answer(statement, AnswerOutcome.Met, "Getest met 12 verpleegkundigen.", null, Now.AddMinutes(1), out _);

        Assert.Equal(AnswerChange.Created, first);
        Assert.Equal(AnswerChange.Unchanged, second);
        Assert.Equal(revision, assessment.Revision);
        Assert.Equal(1, answer.Revision);
        Assert.Equal(Now, answer.UpdatedAt);
    }

    [Fact]
    public void Answer_Changed_BumpsAnswerAndAssessmentRevision()
    {
        var assessment = New(Azwa);
        var statement = Azwa.Statements[0];
        assessment.Answer(statement, AnswerOutcome.Met, null, null, Now, out _);

        var change = assessment.Answer(statement, AnswerOutcome.NotMet, "Nog niet getest.", null, Now, out var answer);

        Assert.Equal(AnswerChange.Changed, change);
        Assert.Equal(2, answer.Revision);
        Assert.Equal(3, assessment.Revision);
        Assert.Single(assessment.Answers);
    }

    [Fact]
    public void Submit_WithOpenStatements_IsRefusedAndNamesThem()
    {
        var assessment = New(Azwa);
        assessment.Answer(Azwa.Statements[0], AnswerOutcome.Met, null, null, Now, out _);

        var step = assessment.Submit(Azwa, null, Now);

        Assert.False(step.Succeeded);
        Assert.Contains("11 statement(s)", step.Reason, StringComparison.Ordinal);
        Assert.Contains("1.2", step.Reason, StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
    }

    [Fact]
    public void Submit_Complete_LocksTheAssessment()
    {
        var assessment = Complete(Azwa);

        var step = assessment.Submit(Azwa, null, Now);
        var again = assessment.Submit(Azwa, null, Now);

        Assert.True(step.Succeeded);
        Assert.True(assessment.IsLocked);
        Assert.Equal(Now, assessment.SubmittedAt);
        Assert.False(again.Succeeded);
        Assert.Throws<InvalidOperationException>(() => assessment.Answer(Azwa.Statements[0], AnswerOutcome.NotMet, "x", null, Now, out _));
    }

    [Fact]
    public void CopyFrom_CarriesEveryAnswer_IntoTheNextRound()
    {
        var source = Complete(Azwa);
        source.Submit(Azwa, null, Now);

        var copy = SelfAssessment.CopyFrom(source, Guid.NewGuid(), Guid.NewGuid(), Azwa, Now.AddDays(30));

        Assert.Equal(2, copy.Sequence);
        Assert.Equal(source.Id, copy.CopiedFromId);
        Assert.Equal(AssessmentStatus.Draft, copy.Status);
        Assert.Equal(source.Answers.Select(a => (a.StatementId, a.Outcome, a.Explanation)), copy.Answers.Select(a => (a.StatementId, a.Outcome, a.Explanation)));
        Assert.All(copy.Answers, a => Assert.Equal(copy.Id, a.AssessmentId));
    }

    [Fact]
    public void Validate_NotMetWithoutExplanation_AsksForOne_ForRequirementsAndRecommendations()
    {
        var requirement = Leidraad.Find("1.1a")!;
        var recommendation = Leidraad.Find("1.1d")!;

        var req = SaveAnswer.Validate(requirement, AnswerOutcome.NotMet, null).ToDictionary();
        var rec = SaveAnswer.Validate(recommendation, AnswerOutcome.NotMet, null).ToDictionary();
        var met = SaveAnswer.Validate(requirement, AnswerOutcome.Met, null);
        var explained = SaveAnswer.Validate(requirement, AnswerOutcome.NotMet, "Niet van toepassing op onze dataset; zie bijlage.");

        Assert.Contains("requirement", req["explanation"][0].Message, StringComparison.Ordinal);
        Assert.Contains("recommendation", rec["explanation"][0].Message, StringComparison.Ordinal);
        Assert.False(met.Any);
        Assert.False(explained.Any);
    }

    [Fact]
    public void ProgressAndGaps_CountPerPhase_RequirementsFirst()
    {
        var assessment = New(Leidraad);
        assessment.Answer(Leidraad.Find("1.1a")!, AnswerOutcome.Met, null, null, Now, out _);
        assessment.Answer(Leidraad.Find("1.1d")!, AnswerOutcome.NotMet, "Geen certificering.", null, Now, out _);
        assessment.Answer(Leidraad.Find("3.5a")!, AnswerOutcome.NotMet, "Steekproef te klein.", null, Now, out _);
        assessment.Answer(Leidraad.Find("6.4a")!, AnswerOutcome.NotApplicable, null, null, Now, out _);

        var progress = Progress.Of(Leidraad, assessment.Answers);
        var gaps = Gap.Of(Leidraad, assessment.Answers);

        Assert.Equal(new Tally(136, 73, 4, 1, 2, 1, 1, 2), progress.Total);
        Assert.Equal(new Tally(24, 16, 2, 1, 1, 0, 0, 8), progress.Phases[0].Tally);
        Assert.Equal(134, gaps.Count);
        Assert.Equal("1.1b", gaps[0].Number); // the first unanswered requirement
        Assert.Equal(GapReason.NotMet, gaps.Single(g => g.Number == "3.5a").Reason);
        Assert.Equal("Steekproef te klein.", gaps.Single(g => g.Number == "3.5a").Explanation);
        Assert.True(gaps.TakeWhile(g => g.Kind == StatementKind.Requirement).Count() == 72);
    }

    [Theory]
    [InlineData("application/pdf", "%PDF-1.7 rest", true)]
    [InlineData("application/pdf", "not a pdf", false)]
    [InlineData("text/csv", "a;b\n1;2\n", true)]
    [InlineData("text/plain", "nul\0byte", false)]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004zip", true)]
    [InlineData("image/png", "%PDF-1.7", false)]
    public void CheckContent_BytesMustFitTheDeclaredType(string contentType, string content, bool fits)
    {
        var problem = EvidenceLimits.CheckContent(contentType, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(fits, problem is null);
    }

    private static SelfAssessment New(Checklist checklist) => SelfAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), checklist, 1, Now);

    private static SelfAssessment Complete(Checklist checklist)
    {
        var assessment = New(checklist);
        foreach (var s in checklist.Statements)
        {
            assessment.Answer(s, s.Phase == 2 ? AnswerOutcome.NotMet : AnswerOutcome.Met, s.Phase == 2 ? "Koppeling volgt in 2027." : null, null, Now, out _);
        }

        return assessment;
    }
}
