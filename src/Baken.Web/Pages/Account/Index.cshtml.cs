using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Pages.Account;

/// <summary>The signed-in user's account: who they are, for which organisation, with which roles.</summary>
[Authorize]
public sealed class IndexModel(BakenDbContext db, Actor actor) : PageModel
{
    /// <summary>The user's display name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The user's e-mail address.</summary>
    public string Email { get; private set; } = "";

    /// <summary>The organisation the user acts for.</summary>
    public (string Name, string Slug)? Organisation { get; private set; }

    /// <summary>The user's roles.</summary>
    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>Loads the account.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == actor.UserId, ct);
        Name = user.DisplayName;
        Email = user.Email ?? "";
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == user.OrganisationId, ct);
        Organisation = organisation is null ? null : (organisation.Name, organisation.Slug);
        Roles = [.. actor.Roles.Order(StringComparer.Ordinal)];
    }
}
