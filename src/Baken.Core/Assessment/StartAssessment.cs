using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>
/// The maker starts a self-assessment of a product version against a checklist. There is at
/// most one draft per product and checklist; a later round is a copy of the last one.
/// </summary>
public static class StartAssessment
{
    /// <summary>Checklist: Checklist id, e.g. "leidraad-ai" or "azwa-national-criteria". ChecklistVersion: Defaults to the newest version shipped. ProductVersionId: Defaults to the product's newest version.</summary>
    public sealed record Request(string Checklist, string? ChecklistVersion = null, Guid? ProductVersionId = null);

    public static async Task<Result<AssessmentContext>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid productId, Request request, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !Register.RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (!AssessmentAccess.CanEdit(actor, product))
        {
            return Error.Forbidden("Only the maker's vendor editors may assess this product.");
        }

        var errors = new FieldErrors();
        var checklist = checklists.Find(request.Checklist ?? "", request.ChecklistVersion);
        if (checklist is null)
        {
            errors.Add(request.ChecklistVersion is null ? "checklist" : "checklistVersion",
                $"Unknown checklist; choose one of: {string.Join(", ", checklists.All.Select(c => $"{c.Id} {c.Version}"))}.");
        }

        var version = request.ProductVersionId is { } versionId
            ? product.Versions.FirstOrDefault(v => v.Id == versionId)
            : product.Versions.OrderByDescending(v => v.CreatedAt).FirstOrDefault();
        if (version is null)
        {
            errors.Add("productVersionId", request.ProductVersionId is null
                ? "The product has no versions yet; add one first (POST /api/v1/products/{id}/versions)."
                : "This version does not belong to the product.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var earlier = await db.SelfAssessments.AsNoTracking()
            .Where(a => a.ProductId == productId && a.ChecklistId == checklist!.Id)
            .Select(a => new { a.Id, a.Sequence, a.Status })
            .ToListAsync(ct);
        if (earlier.FirstOrDefault(a => a.Status == AssessmentStatus.Draft) is { } draft)
        {
            return Error.Conflict($"A draft assessment against this checklist already exists ({draft.Id}); continue that one.");
        }

        if (earlier.Count > 0)
        {
            var last = earlier.MaxBy(a => a.Sequence)!;
            return Error.Conflict($"This product was assessed before; start the next round as a copy of the last one: POST /api/v1/assessments/{last.Id}/copies.");
        }

        var now = clock.GetUtcNow();
        var assessment = SelfAssessment.Start(Guid.CreateVersion7(now), productId, version!.Id, checklist!, 1, now);
        db.SelfAssessments.Add(assessment);
        db.Audit.Action = AuditActions.AssessmentStart;
        if (await db.TrySaveChangesAsync("the assessment", ct) is { } clash)
        {
            return clash;
        }

        return new AssessmentContext(assessment, product, checklist!);
    }
}
