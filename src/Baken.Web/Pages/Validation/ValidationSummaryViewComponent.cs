using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Baken.Web.Pages.Validation;

/// <summary>
/// The product page's short account of local validation: how many sites, the pooled AUROC of each
/// classification protocol and the combined figures of each documentation protocol, with a link to
/// the full results. A component, so the product page does not load validation data itself.
/// </summary>
public sealed class ValidationSummaryViewComponent(BakenDbContext db, Actor actor) : ViewComponent
{
    /// <summary>Renders the summary for one product (nothing is shown when it is not visible).</summary>
    public async Task<IViewComponentResult> InvokeAsync(Guid productId)
    {
        var overview = await ProductValidationOverview.HandleAsync(db, actor, productId, HttpContext.RequestAborted);
        return View(overview.IsSuccess ? overview.Value : null);
    }
}
