using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>
/// PUT of one answer. Comply or explain: a statement that is not met needs an explanation.
/// Saving the same content again is a no-op (no new revision, no audit event), so a form can
/// retry safely. Changing an existing answer needs its current revision (If-Match); a stale one
/// is refused, so two editors never overwrite each other silently.
/// </summary>
public static class SaveAnswer
{
    public const int MaxExplanationLength = 4000;

    public sealed record Request(AnswerOutcome Outcome, string? Explanation = null);

    public sealed record Saved(AssessmentContext Context, AssessmentAnswer Answer, AnswerChange Change);

    public static async Task<Result<Saved>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock,
        Guid assessmentId, string statementKey, Request request, int? expectedRevision, CancellationToken ct)
    {
        var found = await AssessmentLookup.EditableAsync(db, checklists, actor, assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var context = found.Value;
        var statement = AssessmentLookup.Statement(context.Checklist, statementKey);
        if (!statement.IsSuccess)
        {
            return statement.Error;
        }

        var explanation = string.IsNullOrWhiteSpace(request.Explanation) ? null : request.Explanation.Trim();
        var errors = Validate(statement.Value, request.Outcome, explanation);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var assessment = context.Assessment;
        var existing = assessment.Answers.FirstOrDefault(a => a.StatementId == statement.Value.Id);
        if (existing is not null && existing.Matches(request.Outcome, explanation))
        {
            return new Saved(context, existing, AnswerChange.Unchanged);
        }

        if (existing is null && expectedRevision is not null)
        {
            return Error.Stale("This statement has no answer yet, so there is no revision to match; send the first answer without If-Match.");
        }

        if (existing is not null && expectedRevision is null)
        {
            return Error.PreconditionRequired(
                $"This statement already has an answer (revision {existing.Revision}). Send If-Match with the revision you are changing, so no one else's answer is overwritten.");
        }

        if (existing is not null && expectedRevision != existing.Revision)
        {
            return Error.Stale($"The answer to {statement.Value.Number} has changed since revision {expectedRevision}; it is now at revision {existing.Revision}. Fetch it again.");
        }

        var change = assessment.Answer(statement.Value, request.Outcome, explanation, actor.UserId, clock.GetUtcNow(), out var answer);
        db.Audit.Action = AuditActions.AssessmentAnswer;
        // Another editor's answer to the same statement, or another change to the assessment, between
        // our read and this write: both come back as stale, the same as the revision check above.
        if (await db.TrySaveChangesAsync($"the answer to {statement.Value.Number}", ct) is { } clash)
        {
            return clash;
        }


        return new Saved(context, answer, change);
    }

    internal static FieldErrors Validate(ChecklistStatement statement, AnswerOutcome outcome, string? explanation)
    {
        var errors = new FieldErrors();
        if (!Enum.IsDefined(outcome))
        {
            errors.Add("outcome", "Use met, not-met or not-applicable.");
        }

        errors.Text("explanation", explanation, MaxExplanationLength);
        if (outcome == AnswerOutcome.NotMet && explanation is null)
        {
            errors.Add("explanation", statement.Kind == StatementKind.Requirement
                ? $"Statement {statement.Number} is a requirement ('moet'): explain why it is not met (comply or explain)."
                : $"Explain why recommendation {statement.Number} is not followed (comply or explain).");
        }

        return errors;
    }
}
