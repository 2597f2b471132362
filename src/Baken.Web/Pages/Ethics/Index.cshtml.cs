using Baken.Core.Data;
using Baken.Core.Ethics;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Ethics;

/// <summary>The ethics records of one product or one deployment, with a link to add one for those who keep them.</summary>
[Authorize]
public sealed class IndexModel(BakenDbContext db, Actor actor) : PageModel
{
    /// <summary>The product whose records are listed.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Product { get; set; }

    /// <summary>The deployment whose records are listed.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Deployment { get; set; }

    /// <summary>The records, newest change first.</summary>
    public IReadOnlyList<EthicsRecord> Records { get; private set; } = [];

    /// <summary>What they are about.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Whether the viewer may add a record.</summary>
    public bool CanCreate { get; private set; }

    /// <summary>Lists the records, or 404 when the viewer may not see them.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Guid owner;
        if (Product is { } productId)
        {
            var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
            if (product is null)
            {
                return NotFound();
            }

            owner = product.MakerId;
            CanCreate = EthicsAccess.CanCreateForProduct(actor, owner);
            Records = await db.EthicsRecords.AsNoTracking().Where(r => r.ProductId == productId).ToListAsync(ct);
        }
        else if (Deployment is { } deploymentId)
        {
            var deployment = await db.Deployments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deploymentId, ct);
            if (deployment is null)
            {
                return NotFound();
            }

            owner = deployment.OrganisationId;
            CanCreate = EthicsAccess.CanCreateForDeployment(actor, owner);
            Records = await db.EthicsRecords.AsNoTracking().Where(r => r.DeploymentId == deploymentId).ToListAsync(ct);
        }
        else
        {
            return NotFound();
        }

        if (!EthicsAccess.CanList(actor, owner))
        {
            return NotFound();
        }

        Records = [.. Records.OrderByDescending(r => r.UpdatedAt)];
        Subject = await EditModel.SubjectOfAsync(db, Product, Product is null ? Deployment : null, ct) ?? "";
        return Page();
    }
}
