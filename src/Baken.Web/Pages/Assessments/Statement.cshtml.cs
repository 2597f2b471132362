using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Assessments;

/// <summary>
/// One statement with its evidence (links, described items, files) and review comments. The
/// maker adds and removes evidence on a draft; reviewers, the programme office and the maker
/// comment, also on a submitted assessment. The limits are AddEvidence's.
/// </summary>
[Authorize]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class StatementModel(BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    // Room for the form fields around the largest file the domain accepts, so a file just over
    // the limit reaches AddEvidence and gets its clear message rather than a bare 413.
    private const long UploadLimit = EvidenceLimits.MaxFileBytes + (64 * 1024);

    /// <summary>The assessment.</summary>
    public AssessmentView View { get; private set; } = null!;

    /// <summary>The statement.</summary>
    public ChecklistStatement Statement { get; private set; } = null!;

    /// <summary>The statement's answer, evidence and comments.</summary>
    public AssessmentItem Item { get; private set; } = null!;

    /// <summary>Whether the viewer may add or remove evidence.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Whether the viewer may comment.</summary>
    public bool CanComment { get; private set; }

    /// <summary>"link" or "item".</summary>
    [BindProperty] public string? EvidenceKind { get; set; }

    /// <summary>The evidence's title.</summary>
    [BindProperty] public string? EvidenceTitle { get; set; }

    /// <summary>A link's address.</summary>
    [BindProperty] public string? EvidenceUrl { get; set; }

    /// <summary>An optional description.</summary>
    [BindProperty] public string? EvidenceDescription { get; set; }

    /// <summary>An uploaded file.</summary>
    [BindProperty] public IFormFile? EvidenceFile { get; set; }

    /// <summary>A file's optional title.</summary>
    [BindProperty] public string? FileTitle { get; set; }

    /// <summary>A review comment.</summary>
    [BindProperty] public string? CommentText { get; set; }

    /// <summary>What just happened, for the confirmation message.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    /// <summary>Shows the statement.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string key, CancellationToken ct) =>
        await LoadAsync(id, key, ct) ? Page() : NotFound();

    /// <summary>
    /// Downloads an evidence file for those who may read the assessment. The API's download takes
    /// tokens only, so the page serves the file itself, always as an attachment: an uploaded file
    /// is never rendered in the platform's origin.
    /// </summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid evidence, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, checklists, actor, id, tracked: false, ct);
        var item = found.IsSuccess
            ? await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidence && e.AssessmentId == id && e.Kind == Baken.Core.Assessment.EvidenceKind.File, ct)
            : null;
        if (item is null)
        {
            return NotFound();
        }

        var bytes = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvidenceId == evidence).Select(f => f.Content).FirstAsync(ct);
        return File(bytes, item.ContentType ?? "application/octet-stream", item.FileName);
    }

    /// <summary>Adds a link or a described evidence item.</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, string key, CancellationToken ct)
    {
        if (!Baken.Core.Data.BakenJson.TryParseEnum<EvidenceKind>(EvidenceKind, out var kind) || kind == Baken.Core.Assessment.EvidenceKind.File)
        {
            return await FailAsync(id, key, Error.Invalid("kind", t["Maak een keuze."]), ct);
        }

        var url = string.IsNullOrWhiteSpace(EvidenceUrl) || kind != Baken.Core.Assessment.EvidenceKind.Link ? null : EvidenceUrl.Trim();
        var result = await AddEvidence.HandleAsync(db, checklists, actor, clock, id, key,
            new AddEvidence.Request(kind, EvidenceTitle ?? "", url, Blank(EvidenceDescription)), ct);
        return result.IsSuccess ? Redirect($"/assessments/{id}/statements/{key}?done=evidence#evidence") : await FailAsync(id, key, result.Error, ct);
    }

    /// <summary>Uploads a file (multipart) within the domain's size and type limits.</summary>
    public async Task<IActionResult> OnPostFileAsync(Guid id, string key, CancellationToken ct)
    {
        if (EvidenceFile is null || EvidenceFile.Length == 0)
        {
            return await FailAsync(id, key, Error.Invalid("file", t["Kies een bestand."]), ct);
        }

        if (EvidenceFile.Length > EvidenceLimits.MaxFileBytes)
        {
            return await FailAsync(id, key, Error.TooLarge("file", t["Een bestand mag hoogstens 10 MiB groot zijn."]), ct);
        }

        using var buffer = new MemoryStream((int)EvidenceFile.Length);
        await EvidenceFile.CopyToAsync(buffer, ct);
        var upload = new AddEvidence.Upload(Blank(FileTitle), null, EvidenceFile.FileName, EvidenceFile.ContentType, buffer.ToArray());
        var result = await AddEvidence.HandleAsync(db, checklists, actor, clock, id, key, upload, ct);
        return result.IsSuccess ? Redirect($"/assessments/{id}/statements/{key}?done=file#evidence") : await FailAsync(id, key, result.Error, ct);
    }

    /// <summary>Removes one piece of evidence.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string key, Guid evidence, CancellationToken ct)
    {
        var result = await RemoveEvidence.HandleAsync(db, checklists, actor, clock, id, evidence, ct);
        return result.IsSuccess ? Redirect($"/assessments/{id}/statements/{key}?done=removed#evidence") : await FailAsync(id, key, result.Error, ct);
    }

    /// <summary>Adds a review comment on this statement.</summary>
    public async Task<IActionResult> OnPostCommentAsync(Guid id, string key, CancellationToken ct)
    {
        var result = await AddComment.HandleAsync(db, checklists, actor, clock, id, new AddComment.Request(CommentText ?? "", key), ct);
        return result.IsSuccess ? Redirect($"/assessments/{id}/statements/{key}?done=comment#comments") : await FailAsync(id, key, result.Error, ct);
    }

    private async Task<IActionResult> FailAsync(Guid id, string key, Error error, CancellationToken ct)
    {
        if (error.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        db.ChangeTracker.Clear();
        if (error.Kind == ErrorKind.NotFound || !await LoadAsync(id, key, ct))
        {
            return NotFound();
        }

        PageErrors.Show(this, error, t, f => f switch
        {
            "file" => nameof(EvidenceFile),
            "text" => nameof(CommentText),
            "url" => nameof(EvidenceUrl),
            "description" => nameof(EvidenceDescription),
            "kind" => nameof(EvidenceKind),
            _ => Request.Query["handler"] == "file" ? nameof(FileTitle) : nameof(EvidenceTitle),
        });
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync(Guid id, string key, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, checklists, actor, id, tracked: false, ct);
        if (!found.IsSuccess || found.Value.Checklist.Find(key) is not { } statement)
        {
            return false;
        }

        var context = found.Value;
        View = await AssessmentView.LoadAsync(db, context, ct);
        Statement = statement;
        Item = View.Items.Single(i => i.StatementId == statement.Id);
        CanEdit = AssessmentAccess.CanEdit(actor, context.Product) && !context.Assessment.IsLocked;
        CanComment = AssessmentAccess.CanComment(actor, context.Product);
        return true;
    }
}
