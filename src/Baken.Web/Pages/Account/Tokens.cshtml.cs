using System.Globalization;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

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
        DateTimeOffset? expires = null;
        if (!string.IsNullOrWhiteSpace(ExpiresOn))
        {
            if (!DateOnly.TryParseExact(ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return await InvalidAsync(Error.Invalid("expiresAt", "Vul een datum in als jjjj-mm-dd.", ErrorCodes.Date), ct);
            }

            expires = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        var result = await IssueApiToken.HandleAsync(db, actor, clock, new IssueApiToken.Request(Name, Scopes, expires), ct);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? await InvalidAsync(result.Error, ct);
        }

        Secret = result.Value.Secret;
        Name = null;
        Scopes = [];
        ExpiresOn = null;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Revokes one of the user's own tokens.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var result = await RevokeApiToken.HandleAsync(db, actor, clock, id, ct);
        return result.IsSuccess ? Redirect("/account/tokens") : PageErrors.Refusal(this, result.Error) ?? NotFound();
    }

    private async Task<IActionResult> InvalidAsync(Error error, CancellationToken ct)
    {
        PageErrors.Show(this, error, t, field => field switch { "expiresAt" => nameof(ExpiresOn), "scopes" => nameof(Scopes), _ => nameof(Name) },
            (field, issue) => field == "scopes" && issue.Code == ErrorCodes.Choose ? t["Kies ten minste één bevoegdheid."].Value : null);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Tokens = await OwnApiTokens.ListAsync(db, actor, ct);
}
