using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Review;

/// <summary>The reviewers' queue: products in review, oldest first; publish or send back with a reason.</summary>
[Authorize(Roles = Roles.Reviewer + "," + Roles.Administrator)]
public sealed class IndexModel(BakenDbContext db, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Products waiting for review, with their maker's name.</summary>
    public IReadOnlyList<(Product Product, string Maker)> Queue { get; private set; } = [];

    /// <summary>The product the send-back reason belongs to, when it was rejected.</summary>
    [BindProperty] public Guid? ReasonFor { get; set; }

    /// <summary>Why the product goes back to the maker.</summary>
    [BindProperty] public string? Reason { get; set; }

    /// <summary>What just happened.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    /// <summary>Lists the queue.</summary>
    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Publishes a product in review.</summary>
    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        await StepAsync(id, ChangeProductStatus.Step.Publish, null, "published", ct);

    /// <summary>Sends a product back to its maker with a reason.</summary>
    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        ReasonFor = id;
        return await StepAsync(id, ChangeProductStatus.Step.Return, Reason, "returned", ct);
    }

    private async Task<IActionResult> StepAsync(Guid id, ChangeProductStatus.Step step, string? reason, string done, CancellationToken ct)
    {
        var result = await ChangeProductStatus.HandleAsync(db, actor, clock, id, step, reason, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/review?done={done}");
        }

        if (PageErrors.Refusal(this, result.Error) is { } refusal)
        {
            return refusal;
        }

        PageErrors.Show(this, result.Error, t, _ => "Reason-" + id);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Maker)
            .Where(p => p.Status == ProductStatus.InReview).ToListAsync(ct);
        Queue = [.. products.OrderBy(p => p.UpdatedAt).Select(p => (p, p.Maker!.Name))];
    }
}
