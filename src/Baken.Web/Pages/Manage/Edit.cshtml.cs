using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform;
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

    /// <summary>A certification to add: regulation (kebab-case).</summary>
    [BindProperty] public string? CertRegime { get; set; }

    /// <summary>A certification to add: device class.</summary>
    [BindProperty] public string? CertClass { get; set; }

    /// <summary>A certification to add: notified body.</summary>
    [BindProperty] public string? CertBody { get; set; }

    /// <summary>A certification to add: valid until, yyyy-MM-dd.</summary>
    [BindProperty] public string? CertValidUntil { get; set; }

    /// <summary>Evidence to add: publication or study (kebab-case).</summary>
    [BindProperty] public string? EvidenceKind { get; set; }

    /// <summary>Evidence to add: title.</summary>
    [BindProperty] public string? EvidenceTitle { get; set; }

    /// <summary>Evidence to add: efficacy level 1-6.</summary>
    [BindProperty] public int? EvidenceLevel { get; set; }

    /// <summary>Evidence to add: DOI, URL or citation.</summary>
    [BindProperty] public string? EvidenceReference { get; set; }

    /// <summary>Evidence to add: year.</summary>
    [BindProperty] public int? EvidenceYear { get; set; }

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
            return created.IsSuccess ? Redirect($"/manage/products/{created.Value.Id}?done=created") : Invalid(created.Error);
        }

        var updated = await UpdateProduct.HandleAsync(db, actor, clock, Product.Id, ProductForm.Patch(content), null, ct);
        return updated.IsSuccess ? Redirect($"/manage/products/{Product.Id}?done=saved") : Invalid(updated.Error);
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
            return Invalid(result.Error, f => f == "label" ? nameof(VersionLabel) : nameof(VersionReleasedOn));
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
            return Invalid(result.Error);
        }

        return Redirect($"/manage/products/{id}?done=submitted");
    }

    /// <summary>Adds a certification to the product's content.</summary>
    public async Task<IActionResult> OnPostCertificationAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = ProductForm.From(Product!.Content);
        var errors = new FieldErrors();
        if (!BakenJson.TryParseEnum<Regime>(CertRegime, out var regime))
        {
            errors.Add(nameof(CertRegime), "Maak een keuze.", ErrorCodes.Choose);
        }

        var validUntil = ParseDate(errors, nameof(CertValidUntil), CertValidUntil);
        if (errors.Any)
        {
            return Invalid(errors.ToError(), f => f);
        }

        var certification = new Certification(regime, Blank(CertClass), Blank(CertBody), null, validUntil);
        var result = await EditProductLists.AddCertificationAsync(db, actor, clock, id, certification, Product.Revision, ct);
        return Saved(result, "certification", f => f.EndsWith("deviceClass", StringComparison.Ordinal) ? nameof(CertClass) : nameof(CertBody));
    }

    /// <summary>Adds a publication or study to the product's evidence.</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = ProductForm.From(Product!.Content);
        var errors = new FieldErrors();
        if (!BakenJson.TryParseEnum<Baken.Core.Register.Products.EvidenceKind>(EvidenceKind, out var kind))
        {
            errors.Add(nameof(EvidenceKind), "Maak een keuze.", ErrorCodes.Choose);
        }

        if (EvidenceLevel is null)
        {
            errors.Add(nameof(EvidenceLevel), "Maak een keuze.", ErrorCodes.Choose);
        }

        if (errors.Any)
        {
            return Invalid(errors.ToError(), f => f);
        }

        var item = new EvidenceItem(kind, EvidenceTitle?.Trim() ?? "", EvidenceLevel!.Value, Blank(EvidenceReference), EvidenceYear);
        var result = await EditProductLists.AddEvidenceAsync(db, actor, clock, id, item, Product.Revision, ct);
        return Saved(result, "evidence", f => f switch
        {
            _ when f.EndsWith("title", StringComparison.Ordinal) => nameof(EvidenceTitle),
            _ when f.EndsWith("reference", StringComparison.Ordinal) => nameof(EvidenceReference),
            _ when f.EndsWith("year", StringComparison.Ordinal) => nameof(EvidenceYear),
            _ => nameof(EvidenceLevel),
        });
    }

    /// <summary>Removes one certification or evidence item, by its position.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string list, int index, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = ProductForm.From(Product!.Content);
        EditProductLists.ProductList? which = list switch
        {
            "certification" => EditProductLists.ProductList.Certifications,
            "evidence" => EditProductLists.ProductList.Evidence,
            _ => null,
        };
        if (which is not { } productList)
        {
            return NotFound();
        }

        var result = await EditProductLists.RemoveAsync(db, actor, clock, id, productList, index, Product.Revision, ct);
        return Saved(result, "removed", _ => "");
    }

    private IActionResult Saved(Result<Product> result, string done, Func<string, string> map) => result.IsSuccess
        ? Redirect($"/manage/products/{Product!.Id}?done={done}#{(done == "evidence" ? "evidence" : "certifications")}")
        : Invalid(result.Error, map);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? ParseDate(FieldErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, "Vul een datum in als jjjj-mm-dd.", ErrorCodes.Date);
        return null;
    }

    private IActionResult Invalid(Error error, Func<string, string>? map = null)
    {
        if (PageErrors.Refusal(this, error) is { } refusal)
        {
            return refusal;
        }

        PageErrors.Show(this, error, t, map ?? (f => "Form." + PageErrors.Pascal(f)));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, ct);
        return Product is not null && RegisterAccess.CanEdit(actor, Product);
    }
}
