using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Baken.Core.Platform.Audit;

namespace Baken.Web.Pages.Account;

/// <summary>The user's API tokens: create (the secret is shown once), list, revoke.</summary>
[Authorize]
public sealed class TokensModel(BakenDbContext db, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>A name to tell the token apart.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>Chosen scopes.</summary>
    [BindProperty] public List<string> Scopes { get; set; } = [];

    /// <summary>Optional expiry date (the token stops at the start of that day, UTC).</summary>
    [BindProperty] public string? ExpiresOn { get; set; }

    /// <summary>The secret of the token just made; shown on this response only.</summary>
    public string? Secret { get; private set; }

    /// <summary>The user's tokens, newest first.</summary>
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>Lists the tokens.</summary>
    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Creates a token and shows its secret once.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("Name", Name, 100, required: true);
        if (Scopes.Count == 0 || Scopes.Except(TokenScopes.All).Any())
        {
            errors.Add("Scopes", t["Kies ten minste één bevoegdheid."]);
        }

        var now = clock.GetUtcNow();
        DateTimeOffset? expires = null;
        if (!string.IsNullOrWhiteSpace(ExpiresOn))
        {
            if (!DateOnly.TryParseExact(ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add("ExpiresOn", t["Vul een datum in als jjjj-mm-dd."]);
            }
            else if ((expires = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) <= now)
            {
                errors.Add("ExpiresOn", "The expiry lies in the past.");
            }
        }

        if (errors.Any)
        {
            PageErrors.AddTo(ModelState, errors.ToError(), t, f => f);
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (token, secret) = ApiToken.Issue(actor.UserId!.Value, Name!.Trim(), Scopes, now, expires);
        db.ApiTokens.Add(token);
        db.Audit.Action = AuditActions.ApiTokenCreate;
        await db.SaveChangesAsync(ct);
        Secret = secret;
        Name = null;
        Scopes = [];
        ExpiresOn = null;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Revokes one of the user's own tokens.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(x => x.Id == id && x.UserId == actor.UserId, ct);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(clock.GetUtcNow());
        db.Audit.Action = AuditActions.ApiTokenRevoke;
        await db.SaveChangesAsync(ct);
        return Redirect("/account/tokens");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(x => x.UserId == actor.UserId).ToListAsync(ct);
        Tokens = [.. tokens.OrderByDescending(x => x.CreatedAt)];
    }
}
