using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>
/// Starts the next round from the last submitted assessment: answers and evidence (files
/// included) carry over, comments stay with the round they were made on.
/// </summary>
public static class CopyAssessment
{
    /// <summary>ChecklistVersion: Move to another version of the same checklist; defaults to the source's. ProductVersionId: The product version the new round assesses; defaults to the product's newest.</summary>
    public sealed record Request(string? ChecklistVersion = null, Guid? ProductVersionId = null);

    public static async Task<Result<AssessmentContext>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, Request request, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, checklists, actor, assessmentId, tracked: false, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var source = found.Value;
        if (!AssessmentAccess.CanEdit(actor, source.Product))
        {
            return Error.Forbidden("Only the maker's vendor editors may start a new round.");
        }

        var errors = new FieldErrors();
        var checklist = checklists.Find(source.Checklist.Id, request.ChecklistVersion ?? source.Checklist.Version);
        if (checklist is null)
        {
            errors.Add("checklistVersion", $"{source.Checklist.Title} has no version '{request.ChecklistVersion}'.");
        }

        var versions = await db.ProductVersions.AsNoTracking().Where(v => v.ProductId == source.Product.Id).ToListAsync(ct);
        var version = request.ProductVersionId is { } versionId
            ? versions.FirstOrDefault(v => v.Id == versionId)
            : versions.OrderByDescending(v => v.CreatedAt).FirstOrDefault();
        if (version is null)
        {
            errors.Add("productVersionId", "This version does not belong to the product.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var rounds = await db.SelfAssessments.AsNoTracking()
            .Where(a => a.ProductId == source.Product.Id && a.ChecklistId == source.Checklist.Id)
            .Select(a => new { a.Id, a.Sequence, a.Status })
            .ToListAsync(ct);
        var last = rounds.MaxBy(a => a.Sequence)!;
        if (last.Id != source.Assessment.Id)
        {
            return Error.Conflict($"Only the last round can be copied; that is {last.Id}.");
        }

        if (!source.Assessment.IsLocked)
        {
            return Error.Conflict("This round is still a draft; continue it instead of copying it.");
        }

        var now = clock.GetUtcNow();
        var copy = SelfAssessment.CopyFrom(source.Assessment, Guid.CreateVersion7(now), version!.Id, checklist!, now);
        db.SelfAssessments.Add(copy);

        var evidence = await db.Evidence.AsNoTracking().Where(e => e.AssessmentId == source.Assessment.Id).ToListAsync(ct);
        foreach (var item in evidence)
        {
            if (checklist!.Find(item.StatementId[(item.StatementId.LastIndexOf(':') + 1)..]) is not { } statement)
            {
                continue;
            }

            var copied = item.CopyTo(Guid.CreateVersion7(now), copy.Id, statement.Id, now);
            db.Evidence.Add(copied);
            if (item.Kind == EvidenceKind.File)
            {
                var bytes = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvidenceId == item.Id).Select(f => f.Content).FirstAsync(ct);
                db.EvidenceFiles.Add(new EvidenceFile(copied.Id, bytes));
            }
        }

        db.Audit.Action = AuditActions.AssessmentCopy;
        // Someone else copying this round at the same moment hits the unique (product, checklist,
        // round) index; that comes back as the conflict the checks above would have given.
        if (await db.TrySaveChangesAsync("the assessment", ct) is { } clash)
        {
            return clash;
        }


        return new AssessmentContext(copy, source.Product, checklist!);
    }
}
