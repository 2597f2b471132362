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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Assessments;

/// <summary>
/// A product's self-assessments (every round per checklist) and, for its maker, the form to
/// start one against a checklist and product version. The rules are StartAssessment's.
/// </summary>
[Authorize]
public sealed class IndexModel(BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The product, after loading.</summary>
    public Product Product { get; private set; } = null!;

    /// <summary>Every round of every checklist, newest first.</summary>
    public IReadOnlyList<SelfAssessment> Rounds { get; private set; } = [];

    /// <summary>The checklists that can be chosen.</summary>
    public IReadOnlyList<Checklist> Checklists => checklists.All;

    /// <summary>Whether the viewer may start an assessment (the maker's vendor editors).</summary>
    public bool CanStart { get; private set; }

    /// <summary>The chosen checklist: "id version".</summary>
    [BindProperty] public string? Checklist { get; set; }

    /// <summary>The chosen product version.</summary>
    [BindProperty] public Guid? ProductVersionId { get; set; }

    /// <summary>Shows the rounds and the start form.</summary>
    public async Task<IActionResult> OnGetAsync(Guid product, CancellationToken ct) =>
        await LoadAsync(product, ct) ? Page() : NotFound();

    /// <summary>Starts a draft and opens its overview.</summary>
    public async Task<IActionResult> OnPostAsync(Guid product, CancellationToken ct)
    {
        if (!await LoadAsync(product, ct))
        {
            return NotFound();
        }

        var parts = (Checklist ?? "").Split(' ', 2);
        if (parts[0].Length == 0)
        {
            ModelState.AddModelError(nameof(Checklist), t["Maak een keuze."]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var request = new StartAssessment.Request(parts[0], parts.Length > 1 ? parts[1] : null, ProductVersionId);
        var started = await StartAssessment.HandleAsync(db, checklists, actor, clock, product, request, ct);
        if (started.IsSuccess)
        {
            return Redirect($"/assessments/{started.Value.Assessment.Id}");
        }

        if (started.Error.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        // A second draft, or a product assessed before: the overview list shows where to continue.
        PageErrors.Show(this, started.Error, t, f => f.StartsWith("checklist", StringComparison.Ordinal) ? nameof(Checklist) : nameof(ProductVersionId));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !AssessmentAccess.CanRead(actor, product))
        {
            return false;
        }

        Product = product;
        CanStart = AssessmentAccess.CanEdit(actor, product);
        Rounds = await db.SelfAssessments.AsNoTracking().Where(a => a.ProductId == productId).ToListAsync(ct);
        Rounds = [.. Rounds.OrderBy(a => a.ChecklistId, StringComparer.Ordinal).ThenByDescending(a => a.Sequence)];
        return true;
    }
}
