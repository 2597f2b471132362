using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Api.V1;

/// <summary>Evidence for an assessment's statements: a link, an item, or an uploaded file (downloaded, never rendered).</summary>
internal static class AssessmentEvidenceApi
{
    // The upload endpoint accepts one evidence file plus its form fields; all other bodies stay small.
    private const long UploadBodyLimit = EvidenceLimits.MaxFileBytes + (64 * 1024);

    public static void MapAssessmentEvidenceApi(this RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments/{id:guid}").WithTags("Assessment");
        assessments.MapPost("/answers/{statement}/evidence", AddAsync).WithName("AddAssessmentEvidence")
            .WithSummary("Voeg bewijs toe: link of item (JSON) of bestand (multipart, max. 10 MiB)")
            .Accepts<AddEvidence.Request>("application/json", "multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadBodyLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadBodyLimit)
            .RequireAuthorization();
        assessments.MapGet("/evidence/{evidenceId:guid}/content", DownloadAsync).WithName("GetAssessmentEvidenceContent").WithSummary("Download een bewijsbestand");
        assessments.MapDelete("/evidence/{evidenceId:guid}", RemoveAsync).WithName("RemoveAssessmentEvidence").WithSummary("Verwijder bewijs").RequireAuthorization();
    }

    private static async Task<ApiResult<Created<EvidenceView>, Problem.Invalid, Problem.NotFound, Problem.Forbidden, Problem.Conflict, Problem.TooLarge>> AddAsync(
        Guid id, string statement, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        Result<Evidence> result;
        if (http.Request.HasFormContentType)
        {
            var upload = await ReadUploadAsync(http.Request, ct);
            if (!upload.IsSuccess)
            {
                return upload.Error;
            }

            result = await AddEvidence.HandleAsync(db, registry, actor, clock, id, statement, upload.Value, ct);
        }
        else
        {
            var body = await RequestBodies.ReadJsonAsync<AddEvidence.Request>(http.Request, ct);
            if (!body.IsSuccess)
            {
                return body.Error;
            }

            result = await AddEvidence.HandleAsync(db, registry, actor, clock, id, statement, body.Value, ct);
        }

        return result.IsSuccess ? TypedResults.Created($"/api/v1/assessments/{id}", EvidenceView.From(id, result.Value)) : result.Error;
    }

    private static async Task<ApiResult<Download, Problem.NotFound>> DownloadAsync(
        Guid id, Guid evidenceId, BakenDbContext db, ChecklistRegistry registry, Actor actor, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, registry, actor, id, tracked: false, ct);
        var evidence = found.IsSuccess
            ? await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.AssessmentId == id && e.Kind == EvidenceKind.File, ct)
            : null;
        if (evidence is null)
        {
            return Error.NotFound("The evidence file");
        }

        var bytes = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvidenceId == evidenceId).Select(f => f.Content).FirstAsync(ct);

        // Always a download: an uploaded file is never rendered in the platform's origin.
        return new Download(TypedResults.File(bytes, evidence.ContentType, evidence.FileName));
    }

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Forbidden, Problem.Conflict, Problem.Stale>> RemoveAsync(
        Guid id, Guid evidenceId, BakenDbContext db, ChecklistRegistry registry, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await RemoveEvidence.HandleAsync(db, registry, actor, clock, id, evidenceId, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }

    private static async Task<Result<AddEvidence.Upload>> ReadUploadAsync(HttpRequest request, CancellationToken ct)
    {
        var tooLarge = Error.TooLarge("file", $"A file may be at most {EvidenceLimits.MaxFileBytes / (1024 * 1024)} MiB.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (InvalidDataException)
        {
            // The form reader's own length limits.
            return tooLarge;
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
}
