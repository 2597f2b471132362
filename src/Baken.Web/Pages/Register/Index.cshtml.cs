using Baken.Core.Platform.Identity;
using Baken.Core.Register.Search;
using Baken.Web.Api.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Baken.Web.Pages.Register;

/// <summary>
/// The register list: the same search as GET /api/v1/products (one in-memory index), with every
/// filter in the query string so a view can be shared, bookmarked and used without JavaScript.
/// </summary>
public sealed class IndexModel(RegisterIndex index, Actor actor) : PageModel
{
    /// <summary>The query string as the API names it.</summary>
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    /// <summary>Application area (kebab-case).</summary>
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    /// <summary>Care sector (kebab-case).</summary>
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    /// <summary>Lifecycle phase (kebab-case).</summary>
    [BindProperty(SupportsGet = true)] public string? Phase { get; set; }
    /// <summary>Regulation (kebab-case).</summary>
    [BindProperty(SupportsGet = true)] public string? Regime { get; set; }
    /// <summary>Device class under the regulation.</summary>
    [BindProperty(SupportsGet = true)] public string? DeviceClass { get; set; }
    /// <summary>The maker's saved classification: a device class, "not-a-device" or "unclassified".</summary>
    [BindProperty(SupportsGet = true)] public string? Classification { get; set; }
    /// <summary>Classic or generative AI.</summary>
    [BindProperty(SupportsGet = true)] public string? AiKind { get; set; }
    /// <summary>Maker's slug.</summary>
    [BindProperty(SupportsGet = true)] public string? Maker { get; set; }
    /// <summary>Where the product is hosted.</summary>
    [BindProperty(SupportsGet = true)] public string? HostingRegion { get; set; }
    /// <summary>Status (kebab-case); only reviewers, the programme office and administrators see unpublished ones.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    /// <summary>"name" or "updated".</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    /// <summary>1-based page number.</summary>
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    /// <summary>The requested page of results; empty when the query was invalid.</summary>
    public ProductPage Results { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>Field-level problems with the query, by query parameter.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Makers with at least one visible product, for the maker filter.</summary>
    public IReadOnlyList<(string Slug, string Name)> Makers { get; private set; } = [];

    /// <summary>Whether the status filter applies: only for those who see unpublished products.</summary>
    public bool SeesUnpublished => actor.SeesUnpublished;

    /// <summary>Results per page.</summary>
    public const int PageSize = 20;

    /// <summary>Renders the list; an unusable filter value gives 400 with the field named.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var parameters = new ProductListParameters(Search, Area, Sector, Phase, Regime, DeviceClass, AiKind, HostingRegion,
            Maker, null, Classification, SeesUnpublished ? Status : null, Sort, PageNumber, PageSize);
        Makers = await MakersAsync(ct);
        var query = parameters.ToQuery();
        if (!query.IsSuccess)
        {
            Errors = query.Error.Fields ?? new Dictionary<string, string[]>();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Results = await index.QueryAsync(query.Value, actor, ct);
    }

    /// <summary>A link to this list with one parameter changed (null removes it); page resets unless given.</summary>
    public string Link(string? name = null, string? value = null)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("search", Search), new("area", Area), new("sector", Sector), new("phase", Phase), new("regime", Regime),
            new("deviceClass", DeviceClass), new("classification", Classification), new("aiKind", AiKind), new("maker", Maker), new("hostingRegion", HostingRegion),
            new("status", Status), new("sort", Sort),
        };
        if (name is not null)
        {
            parameters.RemoveAll(p => p.Key == name);
            parameters.Add(new(name, value));
        }

        return "/register" + QueryString.Create(parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task<IReadOnlyList<(string Slug, string Name)>> MakersAsync(CancellationToken ct) =>
        [.. (await index.VisibleAsync(actor, ct))
            .Select(p => (p.MakerSlug, p.MakerName)).Distinct()
            .OrderBy(m => m.MakerName, StringComparer.CurrentCultureIgnoreCase)];
}
