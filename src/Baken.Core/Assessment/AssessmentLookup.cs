using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Assessment;

/// <summary>An assessment with the product it belongs to and its checklist, as every use case needs them.</summary>
public sealed record AssessmentContext(SelfAssessment Assessment, Product Product, Checklist Checklist);

public static class AssessmentLookup
{
    /// <summary>Loads for reading; an assessment the caller may not read does not exist for them.</summary>
    public static async Task<Result<AssessmentContext>> ReadableAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var query = db.SelfAssessments.Include(a => a.Answers).AsQueryable();
        var assessment = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct);
        var product = assessment is null ? null : await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == assessment.ProductId, ct);
        if (assessment is null || product is null || !AssessmentAccess.CanRead(actor, product))
        {
            return Error.NotFound("The assessment");
        }

        // The registry is fixed at start-up; an assessment whose checklist left the build cannot be interpreted.
        var checklist = checklists.Find(assessment.ChecklistId, assessment.ChecklistVersion)
            ?? throw new InvalidOperationException($"Checklist {assessment.ChecklistId} {assessment.ChecklistVersion} is no longer shipped.");
        return new AssessmentContext(assessment, product, checklist);
    }

    /// <summary>Loads for a change of answers or evidence: editable by the caller, and still a draft.</summary>
    public static async Task<Result<AssessmentContext>> EditableAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, Guid id, CancellationToken ct)
    {
        var found = await ReadableAsync(db, checklists, actor, id, tracked: true, ct);
        if (!found.IsSuccess)
        {
            return found;
        }

        var context = found.Value;
        if (!AssessmentAccess.CanEdit(actor, context.Product))
        {
            return Error.Forbidden("Only the maker's vendor editors may change this assessment.");
        }

        if (context.Assessment.IsLocked)
        {
            return Error.Conflict("This assessment has been submitted and is locked. Start a new version with POST /api/v1/assessments/{id}/copies.");
        }

        return context;
    }

    /// <summary>The statement named in the path, by key ("3.2b") or full URN.</summary>
    public static Result<ChecklistStatement> Statement(Checklist checklist, string statement) =>
        checklist.Find(statement) is { } found
            ? found
            : Error.NotFound($"Statement '{statement}' of {checklist.Title} {checklist.Version}");
}
