using Baken.Core.Data;
using Baken.Core.Ethics;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Ethics;

/// <summary>One ethics record, read-only; its keepers and the oversight roles only (records are not public).</summary>
[Authorize]
public sealed class ShowModel(BakenDbContext db, Actor actor) : PageModel
{
    /// <summary>The record.</summary>
    public EthicsRecord Record { get; private set; } = null!;

    /// <summary>What it is about.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Whether the viewer may change it.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Set after a save (post-redirect-get).</summary>
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    /// <summary>Shows the record, or 404 when it does not exist for the viewer.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var record = await db.EthicsRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !EthicsAccess.CanRead(actor, record))
        {
            return NotFound();
        }

        Record = record;
        Subject = await EditModel.SubjectOfAsync(db, record.ProductId, record.DeploymentId, ct) ?? "";
        CanEdit = EthicsAccess.CanEdit(actor, record);
        return Page();
    }
}
