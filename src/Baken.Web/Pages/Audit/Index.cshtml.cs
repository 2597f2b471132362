using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Audit;

/// <summary>The audit log for the programme office and administrators, newest first, with filters in the URL.</summary>
[Authorize(Roles = Roles.ProgrammeOffice + "," + Roles.Administrator)]
public sealed class IndexModel(BakenDbContext db, Actor actor) : PageModel
{
    /// <summary>Events per page.</summary>
    public const int PageSize = 50;

    /// <summary>Exact action, e.g. "product.publish" (see AuditActions).</summary>
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }

    /// <summary>Entity type, e.g. "Product".</summary>
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }

    /// <summary>Entity id.</summary>
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }

    /// <summary>Only events before this sequence number (the next page).</summary>
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    /// <summary>The events of this page.</summary>
    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    /// <summary>Distinct actions, for the filter.</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>Distinct entity types, for the filter.</summary>
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>Loads one page of events.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var log = AuditLog.Query(db, actor, new AuditLog.Filter(EntityType, EntityId, Action));
        if (!log.IsSuccess)
        {
            return PageErrors.Refusal(this, log.Error) ?? Forbid();
        }

        var query = log.Value;
        if (Before is { } before)
        {
            query = query.Where(e => e.Sequence < before);
        }

        Events = await query.OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync(ct);
        Actions = await db.AuditEvents.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        EntityTypes = await db.AuditEvents.Select(e => e.EntityType).Distinct().OrderBy(a => a).ToListAsync(ct);
        return Page();
    }

    /// <summary>The link to the next (older) page with the same filters.</summary>
    public string NextLink() => "/audit" + QueryString.Create(new Dictionary<string, string?>
    {
        ["action"] = Action,
        ["entityType"] = EntityType,
        ["entityId"] = EntityId,
        ["before"] = Events[^1].Sequence.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
