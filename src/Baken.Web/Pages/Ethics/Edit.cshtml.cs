using Baken.Core.Data;
using Baken.Core.Ethics;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Ethics;

/// <summary>
/// Creates an ethics record for a product (its maker) or a deployment (the deploying care
/// organisation), or changes one with the revision the editor saw: a change made meanwhile by
/// someone else is shown, never overwritten silently.
/// </summary>
[Authorize]
public sealed class EditModel(BakenDbContext db, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The record's fields.</summary>
    [BindProperty] public EthicsForm Form { get; set; } = new();

    /// <summary>The revision the editor saw (edit only).</summary>
    [BindProperty] public int? Revision { get; set; }

    /// <summary>New record: the product it belongs to.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Product { get; set; }

    /// <summary>New record: the deployment it belongs to.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Deployment { get; set; }

    /// <summary>The stored record when editing; null for a new one.</summary>
    public EthicsRecord? Record { get; private set; }

    /// <summary>After a conflict: the stored content someone else saved meanwhile.</summary>
    public EthicsContent? Theirs { get; private set; }

    /// <summary>What the record is about, for the heading.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Where "back" goes: the record list of its product or deployment.</summary>
    public string ListUrl => Record is { } r
        ? r.ProductId is { } p ? $"/ethics?product={p}" : $"/ethics?deployment={r.DeploymentId}"
        : Product is { } np ? $"/ethics?product={np}" : $"/ethics?deployment={Deployment}";

    /// <summary>The empty form (new) or the stored record (edit).</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = (Record is null ? new EthicsForm() : EthicsForm.From(Record.Content)).WithBlankRows();
        Revision = Record?.Revision;
        return Page();
    }

    /// <summary>Creates or replaces the record.</summary>
    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var (content, fieldId) = Form.ToContent();
        var result = Record is null
            ? await SaveEthicsRecord.CreateAsync(db, actor, clock, new SaveEthicsRecord.CreateRequest(
                content.Case, content.Actors, content.Effects, content.Values, content.Options, content.Title, Product, Product is null ? Deployment : null), ct)
            : await SaveEthicsRecord.ReplaceAsync(db, actor, clock, Record.Id, content, Revision, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/ethics/{result.Value.Id}?saved=true");
        }

        var error = result.Error;
        if (PageErrors.Refusal(this, error) is { } refusal)
        {
            return refusal;
        }

        if (error.Kind is ErrorKind.PreconditionFailed or ErrorKind.PreconditionRequired)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            Theirs = Record!.Content;
            // The editor has now seen the other version: saving again replaces it knowingly.
            Revision = Record.Revision;
            ModelState.Remove(nameof(Revision));
            ModelState.AddModelError("", t["Iemand anders heeft deze afweging intussen gewijzigd. Uw tekst is niet opgeslagen en staat nog in het formulier; de opgeslagen versie staat eronder. Sla opnieuw op als u die wilt vervangen."]);
            Response.StatusCode = PageErrors.StatusCode(error);
        }
        else
        {
            PageErrors.Show(this, error, t, fieldId, (field, issue) => (field, issue.Code) switch
            {
                (_, ErrorCodes.UnknownValue) when field.EndsWith(".direction", StringComparison.Ordinal) => t["Kies positief of negatief."].Value,
                (_, ErrorCodes.UnknownValue) when field.EndsWith(".level", StringComparison.Ordinal) => t["Kies technologie, omgeving of gebruiker."].Value,
                _ => null,
            });
        }

        Form.WithBlankRows();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } recordId)
        {
            Record = await db.EthicsRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, ct);
            if (Record is null || !EthicsAccess.CanEdit(actor, Record))
            {
                return false;
            }

            Subject = await SubjectAsync(Record.ProductId, Record.DeploymentId, ct) ?? "";
            return true;
        }

        if (Product is { } productId)
        {
            var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
            Subject = product?.Content.Name ?? "";
            return product is not null && EthicsAccess.CanCreateForProduct(actor, product.MakerId);
        }

        if (Deployment is { } deploymentId)
        {
            var deployment = await db.Deployments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deploymentId, ct);
            Subject = await SubjectAsync(null, deploymentId, ct) ?? "";
            return deployment is not null && EthicsAccess.CanCreateForDeployment(actor, deployment.OrganisationId);
        }

        return false;
    }

    /// <summary>The product's name, or "product at organisation" for a deployment.</summary>
    internal static async Task<string?> SubjectOfAsync(BakenDbContext db, Guid? productId, Guid? deploymentId, CancellationToken ct)
    {
        if (productId is { } p)
        {
            return (await db.Products.AsNoTracking().FirstOrDefaultAsync(x => x.Id == p, ct))?.Content.Name;
        }

        var d = await db.Deployments.AsNoTracking().Include(x => x.Organisation).FirstOrDefaultAsync(x => x.Id == deploymentId, ct);
        if (d is null)
        {
            return null;
        }

        // The content is a JSON column: load the product rather than project its name.
        var name = (await db.Products.AsNoTracking().FirstOrDefaultAsync(x => x.Id == d.ProductId, ct))?.Content.Name;
        return $"{name} – {d.Organisation!.Name}";
    }

    private Task<string?> SubjectAsync(Guid? productId, Guid? deploymentId, CancellationToken ct) => SubjectOfAsync(db, productId, deploymentId, ct);
}
