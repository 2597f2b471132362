using System.ComponentModel.DataAnnotations;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.ErrorReports;
using Baken.Core.Register.Products;
using Baken.Web.Infrastructure;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Products;

/// <summary>
/// A product's public page: summary first, then use, deployments, evidence and history, and the
/// "report an error" form. Unpublished products are visible only to those who may read them.
/// </summary>
public sealed class ShowModel(BakenDbContext db, Actor actor, TimeProvider clock, ErrorReportLimiter limiter, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The product, or null before loading.</summary>
    public Product Product { get; private set; } = null!;

    /// <summary>The maker's name and slug.</summary>
    public (string Name, string Slug) Maker { get; private set; }

    /// <summary>Where the product is used, with the organisation's name and slug.</summary>
    public IReadOnlyList<(Deployment Deployment, string Organisation, string Slug)> Deployments { get; private set; } = [];

    /// <summary>The public history, newest first.</summary>
    public IReadOnlyList<ProductHistory.Entry> History { get; private set; } = [];

    /// <summary>Reports about this product, when the viewer is its maker's editor or a reviewer; else empty.</summary>
    public IReadOnlyList<ErrorReport> Reports { get; private set; } = [];

    /// <summary>Whether the viewer may see the reports at all.</summary>
    public bool SeesReports { get; private set; }

    /// <summary>Set after a report was stored (post-redirect-get).</summary>
    [BindProperty(SupportsGet = true)] public bool Reported { get; set; }

    /// <summary>Which part of the page is wrong (optional).</summary>
    [BindProperty] [StringLength(200)] public string? Section { get; set; }

    /// <summary>What is wrong.</summary>
    [BindProperty] public string? Message { get; set; }

    /// <summary>Optional address for questions back.</summary>
    [BindProperty] public string? ReporterEmail { get; set; }

    /// <summary>Field groups a reviewer marks as verified (kebab-case).</summary>
    [BindProperty] public List<string> Groups { get; set; } = [];

    /// <summary>Whether the viewer may mark facts as verified.</summary>
    public bool CanVerify => RegisterAccess.CanReview(actor) && Product.CanBeVerified;

    /// <summary>Set after a verification (post-redirect-get).</summary>
    [BindProperty(SupportsGet = true)] public bool Verified { get; set; }

    /// <summary>Renders the page, or 404 when the product does not exist or is not visible.</summary>
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    /// <summary>Stores an error report (rate-limited per client address).</summary>
    public async Task<IActionResult> OnPostReportAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        if (!limiter.TryAcquire(HttpContext))
        {
            ModelState.AddModelError(nameof(Message), t["U heeft kort na elkaar veel meldingen gedaan. Probeer het over tien minuten opnieuw."]);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var result = await ReportError.HandleAsync(db, actor, clock, new ReportError.Request(Product.Id, Section, Message ?? "", ReporterEmail), ct);
        if (!result.IsSuccess)
        {
            PageErrors.Show(this, result.Error, t);
            return Page();
        }

        return Redirect($"/products/{Product.Slug}?reported=true#report");
    }

    /// <summary>A reviewer marks the maker's statements of the chosen field groups as verified.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        var groups = new List<FieldGroup>();
        foreach (var text in Groups)
        {
            if (Baken.Core.Data.BakenJson.TryParseEnum<FieldGroup>(text, out var group))
            {
                groups.Add(group);
            }
        }

        var result = await VerifyProduct.HandleAsync(db, actor, clock, Product.Id, new VerifyProduct.Request(groups), ct);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.Show(this, result.Error, t, _ => nameof(Groups),
                (_, issue) => issue.Code == ErrorCodes.Invalid ? t["Kies ten minste één onderdeel."].Value : null);
            return Page();
        }

        return Redirect($"/products/{Product.Slug}?verified=true#verify");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Versions).Include(p => p.Maker)
            .FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return false;
        }

        Product = product;
        Maker = (product.Maker!.Name, product.Maker.Slug);
        var deployments = await db.Deployments.AsNoTracking().Include(d => d.Organisation)
            .Where(d => d.ProductId == product.Id).ToListAsync(ct);
        Deployments = [.. deployments
            .OrderBy(d => d.Status == DeploymentStatus.OutOfUse).ThenBy(d => d.Organisation!.Name, StringComparer.CurrentCulture)
            .Select(d => (d, d.Organisation!.Name, d.Organisation.Slug))];
        History = [.. (await ProductHistory.ListAsync(db, product.Id, ct)).Reverse()];

        SeesReports = actor.SeesUnpublished || (actor.Is(Roles.VendorEditor) && actor.ActsFor(product.MakerId));
        if (SeesReports)
        {
            var reports = await ReportError.VisibleTo(db, actor).AsNoTracking().Where(r => r.ProductId == product.Id).ToListAsync(ct);
            Reports = [.. reports.OrderByDescending(r => r.CreatedAt)];
        }

        return true;
    }
}
