using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>Removes evidence (and its file) from a draft assessment.</summary>
public static class RemoveEvidence
{
    public static async Task<Result<SelfAssessment>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, Guid evidenceId, CancellationToken ct)
    {
        var found = await AssessmentLookup.EditableAsync(db, checklists, actor, assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var evidence = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && e.AssessmentId == assessmentId, ct);
        if (evidence is null)
        {
            return Error.NotFound("The evidence");
        }

        db.Evidence.Remove(evidence);
        if (await db.EvidenceFiles.FirstOrDefaultAsync(f => f.EvidenceId == evidenceId, ct) is { } file)
        {
            db.EvidenceFiles.Remove(file);
        }

        found.Value.Assessment.EvidenceChanged(clock.GetUtcNow());
        db.Audit.Action = AuditActions.AssessmentEvidenceRemove;
        if (await db.TrySaveChangesAsync("the assessment", ct) is { } clash)
        {
            return clash;
        }


        return found.Value.Assessment;
    }
}
