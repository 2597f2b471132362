using Baken.Core.Classification;
using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Classification;

/// <summary>
/// The full trail of a saved classification, as computed with the rule-set version of that day,
/// for whoever may see the product.
/// </summary>
public sealed class SavedModel(BakenDbContext db, Actor actor, ClassificationRules rules) : PageModel
{
    /// <summary>The saved classification.</summary>
    public StoredClassification Stored { get; private set; } = null!;

    /// <summary>The rule set it was made with, if that version is still shipped.</summary>
    public RuleSet? Rules { get; private set; }

    /// <summary>The product's name, slug and the version's label.</summary>
    public (string Name, string Slug, string Version) Product { get; private set; }

    /// <summary>Renders the trail, or 404 when there is none or the product is not visible.</summary>
    public async Task<IActionResult> OnGetAsync(Guid productId, Guid versionId, CancellationToken ct)
    {
        var stored = await SaveClassification.GetAsync(db, actor, productId, versionId, ct);
        if (!stored.IsSuccess)
        {
            return NotFound();
        }

        var product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstAsync(p => p.Id == productId, ct);
        Stored = stored.Value;
        Rules = rules.Find(Stored.Outcome.RuleSet.Version);
        Product = (product.Content.Name, product.Slug, product.Versions.First(v => v.Id == versionId).Label);
        return Page();
    }
}
