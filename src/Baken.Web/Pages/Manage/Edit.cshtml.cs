using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Register.Products;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Manage;

/// <summary>
/// Create or edit a product (vendor editors of the maker, administrators), add a version, and
/// send it for review. Every rule is the use case's; this page only maps fields and errors.
/// </summary>
[Authorize(Roles = Roles.VendorEditor + "," + Roles.Administrator)]
public sealed class EditModel(BakenDbContext db, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The product's fields.</summary>
    [BindProperty] public ProductForm Form { get; set; } = new();

    /// <summary>A new version's label.</summary>
    [BindProperty] public string? VersionLabel { get; set; }

    /// <summary>A new version's release date.</summary>
    [BindProperty] public string? VersionReleasedOn { get; set; }

    /// <summary>The stored product; null on the "new" page.</summary>
    public Product? Product { get; private set; }

    /// <summary>What just happened, for the confirmation message.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    /// <summary>Shows the empty form or the product's fields.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } productId)
        {
            if (!await LoadAsync(productId, ct))
            {
                return NotFound();
            }

            Form = ProductForm.From(Product!.Content);
        }

        return Page();
    }

    /// <summary>Creates the product (as a draft) or saves its changes.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } productId && !await LoadAsync(productId, ct))
        {
            return NotFound();
        }

        var (content, errors) = Form.ToContent(Product?.Content);
        if (errors.Any)
        {
            return Invalid(errors.ToError(), f => "Form." + f);
        }

        if (Product is null)
        {
            var created = await CreateProduct.HandleAsync(db, actor, clock, new CreateProduct.Request(content), ct);
            return created.IsSuccess ? Redirect($"/manage/products/{created.Value!.Id}?done=created") : Invalid(created.Error!);
        }

        var updated = await UpdateProduct.HandleAsync(db, actor, clock, Product.Id, ProductForm.Patch(content), null, ct);
        return updated.IsSuccess ? Redirect($"/manage/products/{Product.Id}?done=saved") : Invalid(updated.Error!);
    }

    /// <summary>Records a released version.</summary>
    public async Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = ProductForm.From(Product!.Content);
        DateOnly? released = null;
        if (!string.IsNullOrWhiteSpace(VersionReleasedOn))
        {
            if (!DateOnly.TryParseExact(VersionReleasedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                ModelState.AddModelError(nameof(VersionReleasedOn), t["Vul een datum in als jjjj-mm-dd."]);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            released = day;
        }

        var result = await AddProductVersion.HandleAsync(db, actor, clock, id, new AddProductVersion.Request(VersionLabel ?? "", released), ct);
        if (!result.IsSuccess)
        {
            return Invalid(result.Error!, f => f == "label" ? nameof(VersionLabel) : nameof(VersionReleasedOn));
        }

        return Redirect($"/manage/products/{id}?done=version");
    }

    /// <summary>Sends a draft to the reviewers.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        var result = await ChangeProductStatus.HandleAsync(db, actor, clock, id, ChangeProductStatus.Step.RequestReview, null, ct);
        if (!result.IsSuccess)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            Form = ProductForm.From(Product!.Content);
            return Invalid(result.Error!);
        }

        return Redirect($"/manage/products/{id}?done=submitted");
    }

    private IActionResult Invalid(Baken.Core.Platform.Error error, Func<string, string>? map = null)
    {
        if (error.Kind == Baken.Core.Platform.ErrorKind.Forbidden)
        {
            return Forbid();
        }

        PageErrors.AddTo(ModelState, error, t, map ?? (f => "Form." + PageErrors.Pascal(f)));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, ct);
        return Product is not null && RegisterAccess.CanEdit(actor, Product);
    }
}
