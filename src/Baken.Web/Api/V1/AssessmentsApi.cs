using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Api.V1;

/// <summary>
/// The makers' comply-or-explain self-assessments against the checklists. The assessment's ETag is
/// its revision; each answer has its own revision, sent as the answer's ETag and expected in
/// If-Match when it is changed. Evidence has its own table (<see cref="AssessmentEvidenceApi"/>).
/// </summary>
internal static class AssessmentsApi
{
    public static void MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products/{id:guid}").WithTags("Assessment");
        products.MapPost("/assessments", StartAsync).WithName("StartAssessment").WithSummary("Start een zelfevaluatie (maker)").RequireAuthorization();
        products.MapGet("/assessments", ListAsync).WithName("ListProductAssessments").WithSummary("Zelfevaluaties van een product");
        products.MapGet("/assessment-summary", SummaryAsync).WithName("GetAssessmentSummary").WithSummary("Publieke samenvatting van de ingediende zelfevaluaties");

        var assessments = api.MapGroup("/assessments/{id:guid}").WithTags("Assessment");
        assessments.MapGet("", GetAsync).WithName("GetAssessment").WithSummary("Zelfevaluatie met voortgang per fase en tekortkomingen");
        assessments.MapPut("/answers/{statement}", SaveAnswerAsync).WithName("SaveAssessmentAnswer")
            .WithSummary("Beantwoord een uitspraak (pas toe of leg uit; If-Match bij wijzigen)").RequireAuthorization();
        assessments.MapPost("/comments", CommentAsync).WithName("CommentOnAssessment").WithSummary("Opmerking bij een uitspraak (beoordelaar)").RequireAuthorization();
        assessments.MapPost("/submission", SubmitAsync).WithName("SubmitAssessment").WithSummary("Dien in; daarna is de zelfevaluatie vergrendeld").RequireAuthorization();
        assessments.MapPost("/copies", CopyAsync).WithName("CopyAssessment").WithSummary("Nieuwe ronde als kopie van de laatste").RequireAuthorization();
    }

    public sealed record AssessmentListItem(Guid Id, ChecklistRef Checklist, int Sequence, AssessmentStatus Status, Guid ProductVersionId, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt);

    public sealed record AnswerSaved(string StatementId, AnswerView Answer, bool Changed, int AssessmentRevision);

    private static async Task<ApiResult<Created<AssessmentView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> StartAsync(
        Guid id, StartAssessment.Request body, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await StartAssessment.HandleAsync(db, registry, actor, clock, id, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/assessments/{result.Value.Assessment.Id}", await CurrentAsync(db, http, result.Value, ct))
            : result.Error;
    }

    private static async Task<ApiResult<Ok<List<AssessmentListItem>>, Problem.NotFound>> ListAsync(
        Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !AssessmentAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product's assessments");
        }

        var rounds = await db.SelfAssessments.AsNoTracking().Where(a => a.ProductId == id).ToListAsync(ct);
        return TypedResults.Ok(rounds
            .OrderBy(a => a.ChecklistId, StringComparer.Ordinal).ThenBy(a => a.Sequence)
            .Select(a => new AssessmentListItem(a.Id, ChecklistRef.From(registry.Find(a.ChecklistId, a.ChecklistVersion)!), a.Sequence, a.Status, a.ProductVersionId, a.UpdatedAt, a.SubmittedAt))
            .ToList());
    }

    private static async Task<ApiResult<Ok<AssessmentSummary>, Problem.NotFound>> SummaryAsync(
        Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, CancellationToken ct)
    {
        var result = await AssessmentSummary.LoadAsync(db, registry, actor, id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error;
    }

    private static async Task<ApiResult<Ok<AssessmentView>, Problem.NotFound>> GetAsync(
        Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, HttpContext http, CancellationToken ct)
    {
        var result = await AssessmentLookup.ReadableAsync(db, registry, actor, id, tracked: false, ct);
        return result.IsSuccess ? TypedResults.Ok(await CurrentAsync(db, http, result.Value, ct)) : result.Error;
    }

    private static async Task<ApiResult<Results<Created<AnswerSaved>, Ok<AnswerSaved>>, Problem.Invalid, Problem.NotFound, Problem.Forbidden, Problem.Conflict, Problem.Stale, Problem.RevisionRequired>> SaveAnswerAsync(
        Guid id, string statement, SaveAnswer.Request body, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await SaveAnswer.HandleAsync(db, registry, actor, clock, id, statement, body, ETags.ExpectedRevision(http.Request), ct);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var saved = result.Value;
        http.Response.Headers.ETag = ETags.For(saved.Answer.Revision);
        var view = new AnswerSaved(saved.Answer.StatementId, AnswerView.From(saved.Answer), saved.Change != AnswerChange.Unchanged, saved.Context.Assessment.Revision);
        return saved.Change == AnswerChange.Created
            ? (Results<Created<AnswerSaved>, Ok<AnswerSaved>>)TypedResults.Created($"/api/v1/assessments/{id}", view)
            : (Results<Created<AnswerSaved>, Ok<AnswerSaved>>)TypedResults.Ok(view);
    }

    private static async Task<ApiResult<Created<CommentView>, Problem.Invalid, Problem.NotFound, Problem.Forbidden, Problem.Conflict>> CommentAsync(
        Guid id, AddComment.Request body, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await AddComment.HandleAsync(db, registry, actor, clock, id, body, ct);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/assessments/{id}", CommentView.From(result.Value)) : result.Error;
    }

    private static async Task<ApiResult<Ok<AssessmentView>, Problem.NotFound, Problem.Forbidden, Problem.Conflict, Problem.Stale>> SubmitAsync(
        Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await SubmitAssessment.HandleAsync(db, registry, actor, clock, id, ETags.ExpectedRevision(http.Request), ct);
        return result.IsSuccess ? TypedResults.Ok(await CurrentAsync(db, http, result.Value, ct)) : result.Error;
    }

    private static async Task<ApiResult<Created<AssessmentView>, Problem.Invalid, Problem.NotFound, Problem.Forbidden, Problem.Conflict>> CopyAsync(
        Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        // The body is optional: an empty POST copies onto the same checklist version and the newest product version.
        var body = http.Request.ContentLength is null or 0 && !http.Request.Headers.TransferEncoding.Any()
            ? new CopyAssessment.Request()
            : await RequestBodies.ReadJsonAsync<CopyAssessment.Request>(http.Request, ct) is { IsSuccess: true } read ? read.Value : null;
        if (body is null)
        {
            return Error.Invalid("$", "The body must be a JSON object with optional checklistVersion and productVersionId.");
        }

        var result = await CopyAssessment.HandleAsync(db, registry, actor, clock, id, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/assessments/{result.Value.Assessment.Id}", await CurrentAsync(db, http, result.Value, ct))
            : result.Error;
    }

    private static async Task<AssessmentView> CurrentAsync(BakenDbContext db, HttpContext http, AssessmentContext context, CancellationToken ct)
    {
        http.Response.Headers.ETag = ETags.For(context.Assessment.Revision);
        return await AssessmentView.LoadAsync(db, context, ct);
    }
}
