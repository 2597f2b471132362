using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Validation;

public sealed class ResultsModel(BakenDbContext db, Actor actor) : PageModel
{
    public string ProductName { get; private set; } = "";
    public ProductValidationOverview.Overview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var overview = await ProductValidationOverview.HandleAsync(db, actor, id, ct);
        if (!overview.IsSuccess)
        {
            return NotFound();
        }

        Overview = overview.Value;
        ProductName = (await db.Products.AsNoTracking().FirstAsync(p => p.Id == id, ct)).Content.Name;
        return Page();
    }

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.GetCultureInfo("nl-NL")) : "–";
}
