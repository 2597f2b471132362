using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>
/// A review remark on one statement (or the whole assessment). Comments are allowed on a
/// submitted assessment too: that is when review happens. They never change the answers.
/// </summary>
public static class AddComment
{
    /// <summary>A comment; <c>statement</c> is a key ("3.2b") or URN, omitted for a remark on the whole assessment.</summary>
    public sealed record Request(string Text, string? Statement = null);

    public static async Task<Result<AssessmentComment>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, Request request, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, checklists, actor, assessmentId, tracked: false, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var context = found.Value;
        if (!AssessmentAccess.CanComment(actor, context.Product))
        {
            return Error.Forbidden("Reviewers, the programme office and the maker's editors may comment.");
        }

        var errors = new FieldErrors();
        errors.Text("text", request.Text, 4000, required: true);
        string? statementId = null;
        if (request.Statement is not null)
        {
            if (context.Checklist.Find(request.Statement) is { } statement)
            {
                statementId = statement.Id;
            }
            else
            {
                errors.Add("statement", $"No statement '{request.Statement}' in {context.Checklist.Title} {context.Checklist.Version}.");
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var role = new[] { Roles.Reviewer, Roles.ProgrammeOffice, Roles.Administrator, Roles.VendorEditor }.FirstOrDefault(actor.Is) ?? "";
        var now = clock.GetUtcNow();
        var comment = new AssessmentComment(Guid.CreateVersion7(now), assessmentId, statementId, actor.UserId, actor.OrganisationId, role, request.Text.Trim(), now);
        db.AssessmentComments.Add(comment);
        db.Audit.Action = AuditActions.AssessmentComment;
        if (await db.TrySaveChangesAsync("the assessment", ct) is { } clash)
        {
            return clash;
        }

        return comment;
    }
}
