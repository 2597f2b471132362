using Baken.Core.Data;
using Baken.Core.Ethics;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Baken.Web.Pages.Ethics;

/// <summary>The ethics records of one product or one deployment, with a link to add one for those who keep them.</summary>
[Authorize]
public sealed class IndexModel(BakenDbContext db, Actor actor) : PageModel
{
    /// <summary>The product whose records are listed.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Product { get; set; }

    /// <summary>The deployment whose records are listed.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Deployment { get; set; }

    /// <summary>The records, oldest first (as the API lists them).</summary>
    public IReadOnlyList<EthicsRecord> Records { get; private set; } = [];

    /// <summary>What they are about.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Whether the viewer may add a record.</summary>
    public bool CanCreate { get; private set; }

    /// <summary>Lists the records, or 404 when the viewer may not see them.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var listing = (Product, Deployment) switch
        {
            ({ } productId, _) => await EthicsRecords.ForProductAsync(db, actor, productId, ct),
            (null, { } deploymentId) => await EthicsRecords.ForDeploymentAsync(db, actor, deploymentId, ct),
            _ => Error.NotFound("The ethics records"),
        };
        if (!listing.IsSuccess)
        {
            return NotFound();
        }

        Records = listing.Value.Records;
        CanCreate = listing.Value.CanCreate;
        Subject = await EditModel.SubjectOfAsync(db, Product, Product is null ? Deployment : null, ct) ?? "";
        return Page();
    }
}
