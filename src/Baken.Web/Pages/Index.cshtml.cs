using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Baken.Core.Register.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages;

/// <summary>The home page: what Baken is, a search box, and the register's key figures.</summary>
public sealed class IndexModel(RegisterIndex index, BakenDbContext db) : PageModel
{
    /// <summary>Published (and withdrawn) products anyone can see.</summary>
    public int ProductCount { get; private set; }

    /// <summary>Organisations that make or use a public product.</summary>
    public int OrganisationCount { get; private set; }

    /// <summary>Deployments of public products that are in use.</summary>
    public int DeploymentCount { get; private set; }

    /// <summary>Public products per application area, largest first.</summary>
    public IReadOnlyList<(ApplicationArea Area, int Count)> ByArea { get; private set; } = [];

    /// <summary>Public products per care sector, largest first.</summary>
    public IReadOnlyList<(CareSector Sector, int Count)> BySector { get; private set; } = [];

    /// <summary>Counts what the public sees, whoever asks, so the figures are the same for everyone.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var products = await index.VisibleAsync(Actor.Anonymous, ct);
        ProductCount = products.Count;
        ByArea = [.. products.GroupBy(p => p.ApplicationArea).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2)];
        BySector = [.. products.SelectMany(p => p.Sectors).GroupBy(s => s).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2)];

        var live = db.Deployments.AsNoTracking()
            .Where(d => d.Status == DeploymentStatus.InUse && d.Product!.Status == ProductStatus.Published);
        DeploymentCount = await live.CountAsync(ct);
        var users = await live.Select(d => d.OrganisationId).Distinct().ToListAsync(ct);
        OrganisationCount = users.Union(products.Select(p => p.MakerId)).Count();
    }
}
