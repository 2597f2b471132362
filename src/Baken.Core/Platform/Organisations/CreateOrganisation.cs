using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Platform.Organisations;

/// <summary>An administrator adds an organisation to the platform.</summary>
public static class CreateOrganisation
{
    public sealed record Request(
        string Name,
        string Slug,
        OrganisationKind Kind,
        string? City = null,
        string? Website = null,
        string? Kvk = null,
        string? Agb = null,
        string? Ura = null,
        string? Oin = null,
        IReadOnlyList<CareSector>? Sectors = null);

    public static FieldErrors Validate(Request r)
    {
        var errors = new FieldErrors();
        errors.Text("name", r.Name, 200, required: true);
        errors.Slug("slug", r.Slug);
        errors.Text("city", r.City, 100);
        errors.Url("website", r.Website);
        errors.Digits("kvk", r.Kvk, 8);
        errors.Digits("agb", r.Agb, 8);
        errors.Digits("ura", r.Ura, 8);
        errors.Digits("oin", r.Oin, 20);
        if (r.Sectors is { Count: > 0 } && r.Kind != OrganisationKind.CareProvider)
        {
            errors.Add("sectors", "Only care providers have care sectors.");
        }

        return errors;
    }

    public static async Task<Result<Organisation>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Request request, CancellationToken ct)
    {
        if (!RegisterAccess.CanManageOrganisations(actor))
        {
            return Error.Forbidden("Only administrators may add organisations.");
        }

        var errors = Validate(request);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (await db.Organisations.AnyAsync(o => o.Slug == request.Slug, ct))
        {
            return Error.Invalid("slug", $"The slug '{request.Slug}' is already taken.", ErrorCodes.Taken);
        }

        var now = clock.GetUtcNow();
        var organisation = Organisation.Create(Guid.CreateVersion7(now), new OrganisationDetails(
            request.Name.Trim(), request.Slug, request.Kind, request.City, request.Website,
            request.Kvk, request.Agb, request.Ura, request.Oin, request.Sectors ?? []), now);
        db.Organisations.Add(organisation);
        db.Audit.Action = AuditActions.OrganisationCreate;
        if (await db.TrySaveChangesAsync("the organisation", ct) is { } clash)
        {
            return clash;
        }

        return organisation;
    }
}
