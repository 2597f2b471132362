using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.ErrorReports;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Manage;

/// <summary>Visitors' error reports for the maker's vendor editors (their products) and for reviewers (all); mark them as dealt with.</summary>
[Authorize(Roles = Roles.VendorEditor + "," + Roles.Reviewer + "," + Roles.Administrator)]
public sealed class ReportsModel(BakenDbContext db, Actor actor, TimeProvider clock) : PageModel
{
    /// <summary>Open reports first, newest first, with the product's name and slug.</summary>
    public IReadOnlyList<(ErrorReport Report, string ProductName, string ProductSlug)> Reports { get; private set; } = [];

    /// <summary>Lists the reports the user may see.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var reports = await ReportError.VisibleTo(db, actor).AsNoTracking().Include(r => r.Product).ToListAsync(ct);
        Reports = [.. reports
            .OrderBy(r => r.ResolvedAt is not null).ThenByDescending(r => r.CreatedAt).Take(500)
            .Select(r => (r, r.Product!.Content.Name, r.Product.Slug))];
    }

    /// <summary>Marks a report as dealt with.</summary>
    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct)
    {
        var result = await ResolveErrorReport.HandleAsync(db, actor, clock, id, ct);
        return result.IsSuccess ? Redirect("/manage/reports") : PageErrors.Refusal(this, result.Error) ?? NotFound();
    }
}
