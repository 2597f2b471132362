using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Manage;

/// <summary>A vendor editor's products, in every status (administrators see every maker's).</summary>
[Authorize(Roles = Roles.VendorEditor + "," + Roles.Administrator)]
public sealed class ProductsModel(BakenDbContext db, Actor actor) : PageModel
{
    /// <summary>The products, most recently changed first.</summary>
    public IReadOnlyList<Product> Products { get; private set; } = [];

    /// <summary>Loads the organisation's products.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Products.AsNoTracking();
        if (!actor.IsAdministrator)
        {
            query = query.Where(p => p.MakerId == actor.OrganisationId);
        }

        var products = await query.ToListAsync(ct);
        Products = [.. products.OrderByDescending(p => p.UpdatedAt).Take(500)];
    }
}
