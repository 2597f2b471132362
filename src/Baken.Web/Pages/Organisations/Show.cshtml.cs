using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Organisations;

/// <summary>An organisation's public page: the products it makes and the products it uses.</summary>
public sealed class ShowModel(BakenDbContext db, RegisterIndex index, Actor actor) : PageModel
{
    /// <summary>The organisation.</summary>
    public Organisation Organisation { get; private set; } = null!;

    /// <summary>Products it makes that the viewer may see.</summary>
    public IReadOnlyList<ProductSummary> Products { get; private set; } = [];

    /// <summary>Its deployments of products the viewer may see.</summary>
    public IReadOnlyList<(Deployment Deployment, string ProductName, string ProductSlug)> Deployments { get; private set; } = [];

    /// <summary>Renders the page, or 404 for an unknown slug.</summary>
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Products = (await index.QueryAsync(new ProductQuery { Maker = organisation.Slug, PageSize = 500 }, actor, ct)).Items;
        var deployments = await db.Deployments.AsNoTracking().Include(d => d.Product)
            .Where(d => d.OrganisationId == organisation.Id).ToListAsync(ct);
        Deployments = [.. deployments
            .Where(d => RegisterAccess.CanRead(actor, d, d.Product!))
            .OrderBy(d => d.Status == DeploymentStatus.OutOfUse).ThenBy(d => d.Product!.Content.Name, StringComparer.CurrentCulture)
            .Select(d => (d, d.Product!.Content.Name, d.Product.Slug))];
        return Page();
    }
}
