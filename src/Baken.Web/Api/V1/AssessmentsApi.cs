using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Api.V1;

/// <summary>
/// Checklists (the Leidraad, the AZWA criteria) and the makers' comply-or-explain self-assessments
/// against them. The assessment's ETag is its revision; each answer has its own revision, sent as
/// the answer's ETag and expected in If-Match when it is changed.
/// </summary>
internal static class AssessmentsApi
{
    // The upload endpoint accepts one evidence file plus its form fields; all other bodies stay small.
    private const long UploadBodyLimit = EvidenceLimits.MaxFileBytes + (64 * 1024);

    public static void MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var checklists = api.MapGroup("/checklists").WithTags("Assessment");
        checklists.MapGet("", (ChecklistRegistry registry) => TypedResults.Ok(registry.All.Select(ChecklistInfo.From).ToList()))
            .WithName("ListChecklists").WithSummary("Checklijsten: de Leidraad en de AZWA-criteria");
        checklists.MapGet("/{id}", GetChecklist).WithName("GetChecklist").WithSummary("Eén checklijst met alle uitspraken (?version=)");

        var products = api.MapGroup("/products/{id:guid}").WithTags("Assessment");
        products.MapPost("/assessments", StartAsync).WithName("StartAssessment").WithSummary("Start een zelfevaluatie (maker)").RequireAuthorization();
        products.MapGet("/assessments", ListAsync).WithName("ListProductAssessments").WithSummary("Zelfevaluaties van een product");
        products.MapGet("/assessment-summary", SummaryAsync).WithName("GetAssessmentSummary").WithSummary("Publieke samenvatting van de ingediende zelfevaluaties");

        var assessments = api.MapGroup("/assessments/{id:guid}").WithTags("Assessment");
        assessments.MapGet("", GetAsync).WithName("GetAssessment").WithSummary("Zelfevaluatie met voortgang per fase en tekortkomingen");
        assessments.MapPut("/answers/{statement}", SaveAnswerAsync).WithName("SaveAssessmentAnswer")
            .WithSummary("Beantwoord een uitspraak (pas toe of leg uit; If-Match bij wijzigen)").RequireAuthorization();
        assessments.MapPost("/answers/{statement}/evidence", AddEvidenceAsync).WithName("AddAssessmentEvidence")
            .WithSummary("Voeg bewijs toe: link of item (JSON) of bestand (multipart, max. 10 MiB)")
            .Accepts<AddEvidence.Request>("application/json", "multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadBodyLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadBodyLimit)
            .RequireAuthorization();
        assessments.MapGet("/evidence/{evidenceId:guid}/content", DownloadAsync).WithName("GetAssessmentEvidenceContent").WithSummary("Download een bewijsbestand");
        assessments.MapDelete("/evidence/{evidenceId:guid}", RemoveEvidenceAsync).WithName("RemoveAssessmentEvidence").WithSummary("Verwijder bewijs").RequireAuthorization();
        assessments.MapPost("/comments", CommentAsync).WithName("CommentOnAssessment").WithSummary("Opmerking bij een uitspraak (beoordelaar)").RequireAuthorization();
        assessments.MapPost("/submission", SubmitAsync).WithName("SubmitAssessment").WithSummary("Dien in; daarna is de zelfevaluatie vergrendeld").RequireAuthorization();
        assessments.MapPost("/copies", CopyAsync).WithName("CopyAssessment").WithSummary("Nieuwe ronde als kopie van de laatste").RequireAuthorization();
    }

    public sealed record ChecklistInfo(string Id, string Version, int ContentRevision, string Title, ChecklistSource Source, string? Notice, IReadOnlyList<ChecklistPhase> Phases, int Statements)
    {
        public static ChecklistInfo From(Checklist c) => new(c.Id, c.Version, c.ContentRevision, c.Title, c.Source, c.Notice, c.Phases, c.Statements.Count);
    }

    public sealed record AssessmentListItem(Guid Id, ChecklistRef Checklist, int Sequence, AssessmentStatus Status, Guid ProductVersionId, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt);

    public sealed record AnswerSaved(string StatementId, AnswerView Answer, bool Changed, int AssessmentRevision);

    private static IResult GetChecklist(string id, string? version, ChecklistRegistry registry) =>
        registry.Find(id, version) is { } checklist
            ? TypedResults.Ok(checklist)
            : ProblemDetailsSetup.FromError(Error.NotFound(version is null ? $"Checklist '{id}'" : $"Version {version} of checklist '{id}'"));

    private static async Task<IResult> StartAsync(Guid id, StartAssessment.Request body, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await StartAssessment.HandleAsync(db, registry, actor, clock, id, body, ct);
        if (!result.IsSuccess)
        {
            return ProblemDetailsSetup.FromError(result.Error);
        }

        http.Response.Headers.ETag = ETags.For(result.Value.Assessment.Revision);
        return TypedResults.Created($"/api/v1/assessments/{result.Value.Assessment.Id}", await AssessmentView.LoadAsync(db, result.Value, ct));
    }

    private static async Task<IResult> ListAsync(Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !AssessmentAccess.CanRead(actor, product))
        {
            return ProblemDetailsSetup.FromError(Error.NotFound("The product's assessments"));
        }

        var rounds = await db.SelfAssessments.AsNoTracking().Where(a => a.ProductId == id).ToListAsync(ct);
        return TypedResults.Ok(rounds
            .OrderBy(a => a.ChecklistId, StringComparer.Ordinal).ThenBy(a => a.Sequence)
            .Select(a => new AssessmentListItem(a.Id, ChecklistRef.From(registry.Find(a.ChecklistId, a.ChecklistVersion)!), a.Sequence, a.Status, a.ProductVersionId, a.UpdatedAt, a.SubmittedAt))
            .ToList());
    }

    private static async Task<IResult> SummaryAsync(Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, CancellationToken ct)
    {
        var result = await AssessmentSummary.LoadAsync(db, registry, actor, id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemDetailsSetup.FromError(result.Error);
    }

    private static async Task<IResult> GetAsync(Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, HttpContext http, CancellationToken ct)
    {
        var result = await AssessmentLookup.ReadableAsync(db, registry, actor, id, tracked: false, ct);
        return result.IsSuccess ? await Current(db, http, result.Value, StatusCodes.Status200OK, ct) : ProblemDetailsSetup.FromError(result.Error);
    }

    private static async Task<IResult> SaveAnswerAsync(
        Guid id, string statement, SaveAnswer.Request body, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await SaveAnswer.HandleAsync(db, registry, actor, clock, id, statement, body, ETags.ExpectedRevision(http.Request), ct);
        if (!result.IsSuccess)
        {
            return ProblemDetailsSetup.FromError(result.Error);
        }

        var saved = result.Value;
        http.Response.Headers.ETag = ETags.For(saved.Answer.Revision);
        var view = new AnswerSaved(saved.Answer.StatementId, AnswerView.From(saved.Answer), saved.Change != AnswerChange.Unchanged, saved.Context.Assessment.Revision);
        return saved.Change == AnswerChange.Created
            ? TypedResults.Created($"/api/v1/assessments/{id}", view)
            : TypedResults.Ok(view);
    }

    private static async Task<IResult> AddEvidenceAsync(
        Guid id, string statement, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        Result<Evidence> result;
        if (http.Request.HasFormContentType)
        {
            var upload = await ReadUploadAsync(http.Request, ct);
            if (!upload.IsSuccess)
            {
                return ProblemDetailsSetup.FromError(upload.Error);
            }

            result = await AddEvidence.HandleAsync(db, registry, actor, clock, id, statement, upload.Value, ct);
        }
        else
        {
            var body = await ReadJsonAsync<AddEvidence.Request>(http.Request, ct);
            if (!body.IsSuccess)
            {
                return ProblemDetailsSetup.FromError(body.Error);
            }

            result = await AddEvidence.HandleAsync(db, registry, actor, clock, id, statement, body.Value, ct);
        }

        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/assessments/{id}", EvidenceView.From(id, result.Value))
            : ProblemDetailsSetup.FromError(result.Error);
    }

    private static async Task<IResult> DownloadAsync(Guid id, Guid evidenceId, BakenDbContext db, ChecklistRegistry registry, Actor actor, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, registry, actor, id, tracked: false, ct);
        var evidence = found.IsSuccess
            ? await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.AssessmentId == id && e.Kind == EvidenceKind.File, ct)
            : null;
        if (evidence is null)
        {
            return ProblemDetailsSetup.FromError(Error.NotFound("The evidence file"));
        }

        var bytes = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvidenceId == evidenceId).Select(f => f.Content).FirstAsync(ct);

        // Always a download: an uploaded file is never rendered in the platform's origin.
        return TypedResults.File(bytes, evidence.ContentType, evidence.FileName);
    }

    private static async Task<IResult> RemoveEvidenceAsync(Guid id, Guid evidenceId, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await RemoveEvidence.HandleAsync(db, registry, actor, clock, id, evidenceId, ct);
        return result.IsSuccess ? TypedResults.NoContent() : ProblemDetailsSetup.FromError(result.Error);
    }

    private static async Task<IResult> CommentAsync(Guid id, AddComment.Request body, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await AddComment.HandleAsync(db, registry, actor, clock, id, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/assessments/{id}", CommentView.From(result.Value))
            : ProblemDetailsSetup.FromError(result.Error);
    }

    private static async Task<IResult> SubmitAsync(Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var result = await SubmitAssessment.HandleAsync(db, registry, actor, clock, id, ETags.ExpectedRevision(http.Request), ct);
        return result.IsSuccess ? await Current(db, http, result.Value, StatusCodes.Status200OK, ct) : ProblemDetailsSetup.FromError(result.Error);
    }

    private static async Task<IResult> CopyAsync(Guid id, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        // The body is optional: an empty POST copies onto the same checklist version and the newest product version.
        var body = http.Request.ContentLength is null or 0 && !http.Request.Headers.TransferEncoding.Any()
            ? new CopyAssessment.Request()
            : await ReadJsonAsync<CopyAssessment.Request>(http.Request, ct) is { IsSuccess: true } read ? read.Value : null;
        if (body is null)
        {
            return ProblemDetailsSetup.FromError(Error.Invalid("$", "The body must be a JSON object with optional checklistVersion and productVersionId."));
        }

        var result = await CopyAssessment.HandleAsync(db, registry, actor, clock, id, body, ct);
        if (!result.IsSuccess)
        {
            return ProblemDetailsSetup.FromError(result.Error);
        }

        http.Response.Headers.Location = $"/api/v1/assessments/{result.Value.Assessment.Id}";
        return await Current(db, http, result.Value, StatusCodes.Status201Created, ct);
    }

    private static async Task<IResult> Current(BakenDbContext db, HttpContext http, AssessmentContext context, int status, CancellationToken ct)
    {
        var view = await AssessmentView.LoadAsync(db, context, ct);
        http.Response.Headers.ETag = ETags.For(context.Assessment.Revision);
        return status == StatusCodes.Status201Created ? TypedResults.Json(view, statusCode: status) : TypedResults.Ok(view);
    }

    private static async Task<Result<AddEvidence.Upload>> ReadUploadAsync(HttpRequest request, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Error.TooLarge("file", $"A file may be at most {EvidenceLimits.MaxFileBytes / (1024 * 1024)} MiB.");
        }
        catch (InvalidDataException)
        {
            // The form reader's own length limits.
            return Error.TooLarge("file", $"A file may be at most {EvidenceLimits.MaxFileBytes / (1024 * 1024)} MiB.");
        }

        if (form.Files.Count != 1 || form.Files[0].Name != "file")
        {
            return Error.Invalid("file", "Send exactly one file, in a form part named 'file'.");
        }

        var file = form.Files[0];
        if (file.Length > EvidenceLimits.MaxFileBytes)
        {
            return Error.TooLarge("file", $"A file may be at most {EvidenceLimits.MaxFileBytes / (1024 * 1024)} MiB; this one has {file.Length} bytes.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new AddEvidence.Upload(form["title"].FirstOrDefault(), form["description"].FirstOrDefault(), file.FileName, file.ContentType, buffer.ToArray());
    }

    private static async Task<Result<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return Error.Invalid("$", "Send JSON (application/json) for a link or item, or multipart/form-data for a file.");
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(BakenJson.Strict, ct) is { } value
                ? value
                : Error.Invalid("$", "The body is empty.");
        }
        catch (System.Text.Json.JsonException e)
        {
            return Error.Invalid(BakenJson.FieldErrors(e));
        }
    }
}
