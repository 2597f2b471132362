using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Manage;

/// <summary>A care organisation's editors register and end the organisation's use of published products.</summary>
[Authorize(Roles = Roles.CareEditor + "," + Roles.Administrator)]
public sealed class DeploymentsModel(BakenDbContext db, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The product's slug (its address name); prefilled from a product page link.</summary>
    [BindProperty(SupportsGet = true, Name = "product")] public string? Product { get; set; }

    /// <summary>Deployment status (kebab-case).</summary>
    [BindProperty] public string? Status { get; set; } = "in-use";

    /// <summary>Start date, yyyy-MM-dd.</summary>
    [BindProperty] public string? Since { get; set; }

    /// <summary>End date for ending a deployment, yyyy-MM-dd.</summary>
    [BindProperty] public string? Until { get; set; }

    /// <summary>The deployment the end date was for, when it was refused.</summary>
    public Guid? UntilFor { get; private set; }

    /// <summary>What just happened.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    /// <summary>The organisation's deployments.</summary>
    public IReadOnlyList<(Deployment Deployment, string ProductName, string ProductSlug)> Deployments { get; private set; } = [];

    /// <summary>Lists the deployments and shows the form.</summary>
    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Registers a deployment of a published product.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var slug = Product?.Trim();
        var product = string.IsNullOrEmpty(slug) ? null
            : await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug && p.Status == ProductStatus.Published, ct);
        if (product is null)
        {
            errors.Add("Product", t["Geen gepubliceerd product heeft deze korte naam. Kopieer hem uit het webadres van de productpagina."]);
        }

        if (!BakenJson.TryParseEnum<DeploymentStatus>(Status, out var status))
        {
            errors.Add("Status", "Maak een keuze.", ErrorCodes.Choose);
        }

        var since = Date(errors, "Since", Since);
        if (errors.Any)
        {
            return await InvalidAsync(errors.ToError(), f => f, ct);
        }

        var result = await CreateDeployment.HandleAsync(db, actor, clock, new CreateDeployment.Request(product!.Id, status, Since: since), ct);
        return result.IsSuccess
            ? Redirect("/manage/deployments?done=created")
            : await InvalidAsync(result.Error, f => f switch { "since" => "Since", "until" or "status" => "Status", _ => "Product" }, ct);
    }

    /// <summary>Ends a deployment on the given date.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct)
    {
        UntilFor = id;
        var errors = new FieldErrors();
        var until = Date(errors, "Until", Until);
        if (until is null && !errors.Any)
        {
            errors.Add("Until", "Vul een datum in als jjjj-mm-dd.", ErrorCodes.Date);
        }

        if (errors.Any)
        {
            return await InvalidAsync(errors.ToError(), _ => "Until-" + id, ct);
        }

        var result = await EndDeployment.HandleAsync(db, actor, id, new EndDeployment.Request(until!.Value), ct);
        return result.IsSuccess ? Redirect("/manage/deployments?done=ended") : await InvalidAsync(result.Error, _ => "Until-" + id, ct);
    }

    private static DateOnly? Date(FieldErrors errors, string field, string? text)
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

    private async Task<IActionResult> InvalidAsync(Error error, Func<string, string> map, CancellationToken ct)
    {
        if (error.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        PageErrors.Show(this, error, t, map);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var deployments = await db.Deployments.AsNoTracking().Include(d => d.Product)
            .Where(d => d.OrganisationId == actor.OrganisationId).ToListAsync(ct);
        Deployments = [.. deployments
            .OrderBy(d => d.Status == DeploymentStatus.OutOfUse).ThenBy(d => d.Product!.Content.Name, StringComparer.CurrentCulture)
            .Select(d => (d, d.Product!.Content.Name, d.Product.Slug))];
    }
}
