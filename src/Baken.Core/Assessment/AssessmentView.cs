using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Assessment;

/// <summary>
/// The whole assessment as a form needs it: one item per statement (answer, evidence, comments),
/// progress per phase, and the gap list. Each answer carries its own revision for If-Match.
/// </summary>
public sealed record AssessmentView(
    Guid Id,
    Guid ProductId,
    Guid ProductVersionId,
    string? ProductVersionLabel,
    ChecklistRef Checklist,
    int Sequence,
    AssessmentStatus Status,
    Guid? CopiedFromId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    int Revision,
    Progress Progress,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<AssessmentItem> Items,
    IReadOnlyList<CommentView> GeneralComments)
{
    public static async Task<AssessmentView> LoadAsync(BakenDbContext db, AssessmentContext context, CancellationToken ct)
    {
        var a = context.Assessment;
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.AssessmentId == a.Id).ToListAsync(ct);
        var comments = await db.AssessmentComments.AsNoTracking().Where(c => c.AssessmentId == a.Id).ToListAsync(ct);
        var label = await db.ProductVersions.AsNoTracking().Where(v => v.Id == a.ProductVersionId).Select(v => v.Label).FirstOrDefaultAsync(ct);
        var answers = a.Answers.ToDictionary(x => x.StatementId, StringComparer.Ordinal);
        var items = context.Checklist.Statements.Select(s => new AssessmentItem(
                s.Id, s.Key, s.Number, s.Phase, s.Kind,
                answers.TryGetValue(s.Id, out var answer) ? AnswerView.From(answer) : null,
                [.. evidence.Where(e => e.StatementId == s.Id).OrderBy(e => e.AddedAt).Select(e => EvidenceView.From(a.Id, e))],
                [.. comments.Where(c => c.StatementId == s.Id).OrderBy(c => c.CreatedAt).Select(CommentView.From)]))
            .ToList();
        return new AssessmentView(
            a.Id, a.ProductId, a.ProductVersionId, label, ChecklistRef.From(context.Checklist), a.Sequence, a.Status, a.CopiedFromId,
            a.CreatedAt, a.UpdatedAt, a.SubmittedAt, a.Revision,
            Progress.Of(context.Checklist, a.Answers), Gap.Of(context.Checklist, a.Answers), items,
            [.. comments.Where(c => c.StatementId is null).OrderBy(c => c.CreatedAt).Select(CommentView.From)]);
    }
}

public sealed record ChecklistRef(string Id, string Version, string Title)
{
    public static ChecklistRef From(Checklist c) => new(c.Id, c.Version, c.Title);
}

public sealed record AssessmentItem(
    string StatementId, string Key, string Number, int Phase, StatementKind Kind, AnswerView? Answer,
    IReadOnlyList<EvidenceView> Evidence, IReadOnlyList<CommentView> Comments);

public sealed record AnswerView(AnswerOutcome Outcome, string? Explanation, int Revision, DateTimeOffset UpdatedAt)
{
    public static AnswerView From(AssessmentAnswer a) => new(a.Outcome, a.Explanation, a.Revision, a.UpdatedAt);
}

public sealed record EvidenceView(
    Guid Id, EvidenceKind Kind, string Title, string? Url, string? Description, string? FileName, string? ContentType, long? SizeBytes, string? Sha256,
    string? ContentUrl, DateTimeOffset AddedAt)
{
    public static EvidenceView From(Guid assessmentId, Evidence e) => new(
        e.Id, e.Kind, e.Title, e.Url, e.Description, e.FileName, e.ContentType, e.SizeBytes, e.Sha256,
        e.Kind == EvidenceKind.File ? $"/api/v1/assessments/{assessmentId}/evidence/{e.Id}/content" : null, e.AddedAt);
}

public sealed record CommentView(Guid Id, string? StatementId, string AuthorRole, Guid? OrganisationId, string Text, DateTimeOffset CreatedAt)
{
    public static CommentView From(AssessmentComment c) => new(c.Id, c.StatementId, c.AuthorRole, c.OrganisationId, c.Text, c.CreatedAt);
}

/// <summary>Counts over all statements and per phase.</summary>
public sealed record Progress(Tally Total, IReadOnlyList<PhaseProgress> Phases)
{
    public static Progress Of(Checklist checklist, IEnumerable<AssessmentAnswer> answers)
    {
        var byStatement = answers.ToDictionary(a => a.StatementId, a => a.Outcome, StringComparer.Ordinal);
        return new Progress(
            Tally.Of(checklist.Statements, byStatement),
            [.. checklist.Phases.Select(p => new PhaseProgress(p.Number, p.Title, Tally.Of(checklist.Statements.Where(s => s.Phase == p.Number), byStatement)))]);
    }
}

public sealed record PhaseProgress(int Phase, string Title, Tally Tally);

/// <summary>Counts of a set of statements; <c>percentAnswered</c> is rounded down, so 100 means all are answered.</summary>
public sealed record Tally(int Statements, int Requirements, int Answered, int Met, int NotMet, int NotApplicable, int RequirementsNotMet, int PercentAnswered)
{
    internal static Tally Of(IEnumerable<ChecklistStatement> statements, IReadOnlyDictionary<string, AnswerOutcome> answers)
    {
        int total = 0, requirements = 0, answered = 0, met = 0, notMet = 0, notApplicable = 0, requirementsNotMet = 0;
        foreach (var s in statements)
        {
            total++;
            requirements += s.Kind == StatementKind.Requirement ? 1 : 0;
            if (!answers.TryGetValue(s.Id, out var outcome))
            {
                continue;
            }

            answered++;
            met += outcome == AnswerOutcome.Met ? 1 : 0;
            notApplicable += outcome == AnswerOutcome.NotApplicable ? 1 : 0;
            if (outcome == AnswerOutcome.NotMet)
            {
                notMet++;
                requirementsNotMet += s.Kind == StatementKind.Requirement ? 1 : 0;
            }
        }

        return new Tally(total, requirements, answered, met, notMet, notApplicable, requirementsNotMet, total == 0 ? 0 : answered * 100 / total);
    }
}

public enum GapReason
{
    NotMet,
    Unanswered,
}

/// <summary>A statement that is not met or not yet answered; requirements first, then in checklist order.</summary>
public sealed record Gap(string StatementId, string Number, int Phase, StatementKind Kind, GapReason Reason, string? Explanation)
{
    public static IReadOnlyList<Gap> Of(Checklist checklist, IEnumerable<AssessmentAnswer> answers)
    {
        var byStatement = answers.ToDictionary(a => a.StatementId, StringComparer.Ordinal);
        return
        [
            .. checklist.Statements
                .Select((s, order) => (s, order, answer: byStatement.GetValueOrDefault(s.Id)))
                .Where(x => x.answer is null || x.answer.Outcome == AnswerOutcome.NotMet)
                .OrderBy(x => x.s.Kind == StatementKind.Requirement ? 0 : 1).ThenBy(x => x.order)
                .Select(x => new Gap(x.s.Id, x.s.Number, x.s.Phase, x.s.Kind, x.answer is null ? GapReason.Unanswered : GapReason.NotMet, x.answer?.Explanation)),
        ];
    }
}
