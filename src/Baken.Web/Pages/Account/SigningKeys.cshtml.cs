using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Validation;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Account;

/// <summary>Where a care organisation's editor registers the public key of its validation agent.</summary>
[Authorize(Roles = Roles.CareEditor + "," + Roles.Administrator)]
public sealed class SigningKeysModel(BakenDbContext db, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string Jwk { get; set; } = "";

    public string? Registered { get; private set; }

    /// <summary>The key just revoked, for the confirmation.</summary>
    public string? Revoked { get; private set; }
    public IReadOnlyList<SigningKey> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        JsonObject? jwk = null;
        try
        {
            jwk = JsonNode.Parse(Jwk) as JsonObject;
        }
        catch (JsonException)
        {
            // Reported below as the same field error as any other unusable key.
        }

        if (jwk is null || actor.OrganisationId is not { } organisationId)
        {
            ModelState.AddModelError(nameof(Jwk), "Dit is geen geldige JSON-sleutel. Plak de inhoud van baken-signing-key.jwk.json.");
            await LoadAsync(ct);
            return Page();
        }

        var result = await RegisterSigningKey.HandleAsync(db, actor, clock, organisationId, new RegisterSigningKey.Request(jwk), ct);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.Show(this, result.Error, t, _ => nameof(Jwk));
            await LoadAsync(ct);
            return Page();
        }

        Registered = result.Value.Kid;
        Jwk = "";
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Revokes one of the organisation's keys (lost laptop, staff leaving, rotation).</summary>
    public async Task<IActionResult> OnPostRevokeAsync(string kid, CancellationToken ct)
    {
        if (actor.OrganisationId is not { } organisationId)
        {
            return Forbid();
        }

        var result = await RevokeSigningKey.HandleAsync(db, actor, clock, organisationId, kid ?? "", ct);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Revoked = result.Value.Kid;
        await LoadAsync(ct);
        return Page();
    }

    // Sorted in memory: SQLite cannot order by DateTimeOffset, and an organisation has few keys.
    private async Task LoadAsync(CancellationToken ct) =>
        Keys = [.. (await db.SigningKeys.AsNoTracking().Where(k => k.OrganisationId == actor.OrganisationId).ToListAsync(ct)).OrderBy(k => k.CreatedAt)];
}
