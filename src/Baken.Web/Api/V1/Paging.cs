using Baken.Core.Platform;
using Microsoft.AspNetCore.WebUtilities;

namespace Baken.Web.Api.V1;

/// <summary>A page of a collection, with links that keep the caller's filters.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, PageLinks Links);

public sealed record PageLinks(string Self, string First, string? Prev, string? Next, string Last);

internal static class Paging
{
    public const int MaxPageSize = 100;

    public static void Validate(FieldErrors errors, int? page, int? pageSize)
    {
        if (page is < 1)
        {
            errors.Add("page", "Pages start at 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
        }
    }

    public static PageOf<T> Create<T>(HttpRequest request, IReadOnlyList<T> items, int page, int pageSize, int total)
    {
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        return new PageOf<T>(items, page, pageSize, total, new PageLinks(
            Link(request, page, pageSize),
            Link(request, 1, pageSize),
            page > 1 ? Link(request, Math.Min(page - 1, last), pageSize) : null,
            page < last ? Link(request, page + 1, pageSize) : null,
            Link(request, last, pageSize)));
    }

    private static string Link(HttpRequest request, int page, int pageSize)
    {
        var query = request.Query
            .Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.Path, query);
    }
}
