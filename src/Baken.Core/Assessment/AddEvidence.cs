using System.Security.Cryptography;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Assessment;

/// <summary>Adds a link, a described evidence item, or a file to the answer of one statement.</summary>
public static class AddEvidence
{
    /// <summary>A link or an evidence item; files are uploaded as multipart/form-data instead.</summary>
    public sealed record Request(EvidenceKind Kind, string Title, string? Url = null, string? Description = null);

    /// <summary>An uploaded file, already read into memory (at most <see cref="EvidenceLimits.MaxFileBytes"/>).</summary>
    public sealed record Upload(string? Title, string? Description, string FileName, string ContentType, byte[] Content);

    public static async Task<Result<Evidence>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, string statementKey, Request request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("title", request.Title, 200, required: true);
        errors.Text("description", request.Description, 2000);
        switch (request.Kind)
        {
            case EvidenceKind.Link:
                if (request.Url is null)
                {
                    errors.Add("url", "A link needs its address.");
                }

                errors.Url("url", request.Url);
                break;
            case EvidenceKind.Item:
                if (request.Url is not null)
                {
                    errors.Add("url", "An evidence item has no address; use kind 'link' for one.");
                }

                break;
            default:
                errors.Add("kind", "Use 'link' or 'item' here; upload a file as multipart/form-data with a 'file' part.");
                break;
        }

        return await AddAsync(db, checklists, actor, clock, assessmentId, statementKey, errors, (id, statementId, now) => request.Kind == EvidenceKind.Link
            ? Evidence.Link(id, assessmentId, statementId, request.Title.Trim(), request.Url!, request.Description, actor.UserId, now)
            : Evidence.Item(id, assessmentId, statementId, request.Title.Trim(), request.Description, actor.UserId, now), null, ct);
    }

    public static async Task<Result<Evidence>> HandleAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, string statementKey, Upload upload, CancellationToken ct)
    {
        if (upload.Content.LongLength > EvidenceLimits.MaxFileBytes)
        {
            return Error.TooLarge("file", $"A file may be at most {EvidenceLimits.MaxFileBytes / (1024 * 1024)} MiB.");
        }

        var errors = new FieldErrors();
        var fileName = Path.GetFileName(upload.FileName ?? "").Trim();
        errors.Text("title", upload.Title, 200);
        errors.Text("description", upload.Description, 2000);
        errors.Text("file", fileName, 200, required: true);
        var contentType = (upload.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (!EvidenceLimits.Types.TryGetValue(contentType, out var extensions))
        {
            errors.Add("file", $"Files of type '{contentType}' are not accepted; use PDF, PNG, JPEG, plain text, CSV, DOCX or XLSX.");
        }
        else if (!extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()))
        {
            errors.Add("file", $"A {contentType} file must be named {string.Join(" or ", extensions)}.");
        }
        else if (upload.Content.Length == 0)
        {
            errors.Add("file", "The file is empty.");
        }
        else if (EvidenceLimits.CheckContent(contentType, upload.Content) is { } problem)
        {
            errors.Add("file", problem);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        var title = string.IsNullOrWhiteSpace(upload.Title) ? fileName : upload.Title.Trim();
        return await AddAsync(db, checklists, actor, clock, assessmentId, statementKey, errors, (id, statementId, now) =>
            Evidence.File(id, assessmentId, statementId, title, upload.Description, fileName, contentType, upload.Content.LongLength, sha256, actor.UserId, now),
            upload.Content, ct);
    }

    private static async Task<Result<Evidence>> AddAsync(
        BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, Guid assessmentId, string statementKey,
        FieldErrors errors, Func<Guid, string, DateTimeOffset, Evidence> create, byte[]? content, CancellationToken ct)
    {
        var found = await AssessmentLookup.EditableAsync(db, checklists, actor, assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var statement = AssessmentLookup.Statement(found.Value.Checklist, statementKey);
        if (!statement.IsSuccess)
        {
            return statement.Error;
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var statementId = statement.Value.Id;
        if (await db.Evidence.CountAsync(e => e.AssessmentId == assessmentId && e.StatementId == statementId, ct) >= EvidenceLimits.MaxPerStatement)
        {
            return Error.Conflict($"Statement {statement.Value.Number} already has {EvidenceLimits.MaxPerStatement} pieces of evidence; remove one first.");
        }

        var now = clock.GetUtcNow();
        var evidence = create(Guid.CreateVersion7(now), statementId, now);
        db.Evidence.Add(evidence);
        if (content is not null)
        {
            db.EvidenceFiles.Add(new EvidenceFile(evidence.Id, content));
        }

        found.Value.Assessment.EvidenceChanged(now);
        db.Audit.Action = AuditActions.AssessmentEvidenceAdd;
        if (await db.TrySaveChangesAsync("the assessment", ct) is { } clash)
        {
            return clash;
        }


        return evidence;
    }
}
