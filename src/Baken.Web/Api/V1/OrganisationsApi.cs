using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>/api/v1/organisations: makers, care providers and programme parties. Public data.</summary>
internal static class OrganisationsApi
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var organisations = api.MapGroup("/organisations").WithTags("Organisations");
        organisations.MapGet("", ListAsync).WithName("ListOrganisations").WithSummary("Organisaties");
        organisations.MapPost("", CreateAsync).WithName("CreateOrganisation").WithSummary("Voeg een organisatie toe (beheerder)").RequireAuthorization();
        organisations.MapGet("/{id:guid}", GetAsync).WithName("GetOrganisation").WithSummary("Eén organisatie");
    }

    public sealed record OrganisationView(
        Guid Id, string Name, string Slug, OrganisationKind Kind, string? City, string? Website,
        string? Kvk, string? Agb, string? Ura, string? Oin, IReadOnlyList<CareSector> Sectors)
    {
        public static OrganisationView From(Organisation o) =>
            new(o.Id, o.Name, o.Slug, o.Kind, o.City, o.Website, o.Kvk, o.Agb, o.Ura, o.Oin, o.Sectors);
    }

    private static async Task<ApiResult<Ok<PageOf<OrganisationView>>, Problem.Invalid>> ListAsync(BakenDbContext db, HttpRequest request, string? search, string? kind, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Paging.Validate(errors, page, pageSize);
        OrganisationKind? kindFilter = null;
        if (kind is not null)
        {
            if (BakenJson.TryParseEnum<OrganisationKind>(kind, out var parsed))
            {
                kindFilter = parsed;
            }
            else
            {
                errors.Add("kind", $"Unknown value; use one of: {string.Join(", ", Enum.GetValues<OrganisationKind>().Select(BakenJson.EnumName))}.");
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var query = db.Organisations.AsNoTracking();
        if (kindFilter is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        // Organisations number in the hundreds; folding names in memory keeps diacritics search identical on both databases.
        var all = await query.ToListAsync(ct);
        var terms = Core.Register.Search.SearchText.Terms(search);
        var hits = all.Where(o => terms.All(t => Core.Register.Search.SearchText.Fold(o.Name + " " + o.City).Contains(t, StringComparison.Ordinal)))
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();
        int p = page ?? 1, size = pageSize ?? 20;
        var items = hits.Skip((p - 1) * size).Take(size).Select(OrganisationView.From).ToList();
        return TypedResults.Ok(Paging.Create(request, items, p, size, hits.Count));
    }

    private static async Task<ApiResult<Ok<OrganisationView>, Problem.NotFound>> GetAsync(Guid id, BakenDbContext db, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is null
            ? Error.NotFound("The organisation")
            : TypedResults.Ok(OrganisationView.From(organisation));
    }

    private static async Task<ApiResult<Created<OrganisationView>, Problem.Invalid, Problem.Forbidden>> CreateAsync(CreateOrganisation.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await CreateOrganisation.HandleAsync(db, actor, clock, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/organisations/{result.Value.Id}", OrganisationView.From(result.Value))
            : result.Error;
    }
}
