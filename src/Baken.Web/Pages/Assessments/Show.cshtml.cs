using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Assessments;

/// <summary>
/// The overview of one assessment: progress per phase with a link to each phase's form, the gap
/// list, submitting (which locks it) and starting the next round as a copy.
/// </summary>
[Authorize]
public sealed class ShowModel(BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The assessment as the forms need it.</summary>
    public AssessmentView View { get; private set; } = null!;

    /// <summary>The checklist it answers.</summary>
    public Checklist Checklist { get; private set; } = null!;

    /// <summary>The product it belongs to.</summary>
    public Product Product { get; private set; } = null!;

    /// <summary>Whether the viewer may change answers (the maker's editors; a draft only).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Whether the viewer may start the next round.</summary>
    public bool CanCopy { get; private set; }

    /// <summary>What just happened, for the confirmation message.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    /// <summary>The revision the submitter saw, so a change made meanwhile is not submitted unseen.</summary>
    [BindProperty] public int? Revision { get; set; }

    /// <summary>Shows the overview.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Submits the assessment: it is locked from then on.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        var result = await SubmitAssessment.HandleAsync(db, checklists, actor, clock, id, Revision, ct);
        return result.IsSuccess ? Redirect($"/assessments/{id}?done=submitted") : await FailAsync(id, result.Error, ct);
    }

    /// <summary>Starts the next round from this (submitted, last) one.</summary>
    public async Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken ct)
    {
        var result = await CopyAssessment.HandleAsync(db, checklists, actor, clock, id, new CopyAssessment.Request(), ct);
        return result.IsSuccess ? Redirect($"/assessments/{result.Value.Assessment.Id}?done=copied") : await FailAsync(id, result.Error, ct);
    }

    private async Task<IActionResult> FailAsync(Guid id, Error error, CancellationToken ct)
    {
        if (PageErrors.Refusal(this, error) is { } refusal)
        {
            return refusal;
        }

        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var open = View.Progress.Total.Statements - View.Progress.Total.Answered;
        ModelState.AddModelError("gaps", error.Kind switch
        {
            ErrorKind.PreconditionFailed => t["Iemand anders heeft de zelfevaluatie intussen gewijzigd. Bekijk de wijzigingen en dien opnieuw in."],
            ErrorKind.Conflict when open > 0 && View.Status == AssessmentStatus.Draft =>
                string.Format(System.Globalization.CultureInfo.CurrentCulture, t["Nog niet alle uitspraken zijn beantwoord ({0} open). Beantwoord ze eerst; de lijst staat hieronder."], open),
            _ => error.Detail,
        });
        Response.StatusCode = PageErrors.StatusCode(error);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, checklists, actor, id, tracked: false, ct);
        if (!found.IsSuccess)
        {
            return false;
        }

        var context = found.Value;
        View = await AssessmentView.LoadAsync(db, context, ct);
        Checklist = context.Checklist;
        Product = context.Product;
        var editor = AssessmentAccess.CanEdit(actor, Product);
        CanEdit = editor && !context.Assessment.IsLocked;
        CanCopy = editor && context.Assessment.IsLocked;
        return true;
    }
}
