using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>Submits a complete draft; from then on it is locked and its summary can be published.</summary>
public static class SubmitAssessment
{
    public static async Task<Result<AssessmentContext>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, int? expectedRevision, CancellationToken ct)
    {
        var found = await AssessmentLookup.EditableAsync(db, checklists, actor, assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var context = found.Value;
        if (expectedRevision is { } expected && expected != context.Assessment.Revision)
        {
            return Error.Stale($"The assessment has changed since revision {expected}; it is now at revision {context.Assessment.Revision}. Check it again before submitting.");
        }

        var step = context.Assessment.Submit(context.Checklist, actor.UserId, clock.GetUtcNow());
        if (!step.Succeeded)
        {
            return Error.Conflict(step.Reason!, ErrorCodes.TransitionNotAllowed);
        }

        db.Audit.Action = AuditActions.AssessmentSubmit;
        if (await db.TrySaveChangesAsync("the assessment", ct) is { } clash)
        {
            return clash;
        }


        return context;
    }
}
