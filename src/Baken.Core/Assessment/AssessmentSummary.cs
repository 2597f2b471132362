using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Assessment;

/// <summary>
/// What the product page publishes: per checklist, the last submitted round with its counts per
/// phase and every statement that is not met together with the maker's explanation (the "explain"
/// of comply-or-explain). Drafts, evidence files and review comments are never part of it.
/// </summary>
public sealed record AssessmentSummary(Guid ProductId, IReadOnlyList<ChecklistSummary> Checklists)
{
    public static async Task<Result<AssessmentSummary>> LoadAsync(BakenDbContext db, ChecklistRegistry checklists, Actor actor, Guid productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        var submitted = await db.SelfAssessments.AsNoTracking().Include(a => a.Answers)
            .Where(a => a.ProductId == productId && a.Status == AssessmentStatus.Submitted)
            .ToListAsync(ct);
        var labels = await db.ProductVersions.AsNoTracking().Where(v => v.ProductId == productId).ToDictionaryAsync(v => v.Id, v => v.Label, ct);
        var summaries = submitted
            .GroupBy(a => a.ChecklistId)
            .Select(g => g.MaxBy(a => a.Sequence)!)
            .OrderBy(a => a.ChecklistId, StringComparer.Ordinal)
            .Select(a => ChecklistSummary.From(a, checklists.Find(a.ChecklistId, a.ChecklistVersion)!, labels.GetValueOrDefault(a.ProductVersionId)))
            .ToList();
        return new AssessmentSummary(productId, summaries);
    }
}

public sealed record ChecklistSummary(
    ChecklistRef Checklist, Guid AssessmentId, int Sequence, Guid ProductVersionId, string? ProductVersionLabel, DateTimeOffset SubmittedAt,
    Progress Progress, IReadOnlyList<ExplainedStatement> NotMet)
{
    internal static ChecklistSummary From(SelfAssessment a, Checklist checklist, string? versionLabel)
    {
        var statements = checklist.Statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var notMet = Gap.Of(checklist, a.Answers)
            .Where(g => g.Reason == GapReason.NotMet)
            .Select(g => new ExplainedStatement(g.StatementId, g.Number, g.Phase, g.Kind, statements[g.StatementId].Text, g.Explanation ?? ""))
            .ToList();
        return new ChecklistSummary(ChecklistRef.From(checklist), a.Id, a.Sequence, a.ProductVersionId, versionLabel, a.SubmittedAt!.Value, Progress.Of(checklist, a.Answers), notMet);
    }
}

public sealed record ExplainedStatement(string StatementId, string Number, int Phase, StatementKind Kind, string Text, string Explanation);
