using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Register;
using Baken.Core.Register.Products;
using Baken.Core.Register.Search;
using Microsoft.AspNetCore.Mvc;

namespace Baken.Web.Api.V1;

/// <summary>
/// Query parameters of the product list, read as text so that every wrong value is reported by
/// name (an unknown sector gives a field error, not a generic binding failure).
/// </summary>
public sealed record ProductListParameters(
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "area")] string? Area,
    [FromQuery(Name = "sector")] string? Sector,
    [FromQuery(Name = "phase")] string? Phase,
    [FromQuery(Name = "regime")] string? Regime,
    [FromQuery(Name = "deviceClass")] string? DeviceClass,
    [FromQuery(Name = "aiKind")] string? AiKind,
    [FromQuery(Name = "hostingRegion")] string? HostingRegion,
    [FromQuery(Name = "maker")] string? Maker,
    [FromQuery(Name = "highRisk")] bool? HighRisk,
    [FromQuery(Name = "classification")] string? Classification,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public Result<ProductQuery> ToQuery()
    {
        var errors = new FieldErrors();
        Paging.Validate(errors, Page, PageSize);
        if (Search is { Length: > 200 })
        {
            errors.Add("search", "At most 200 characters.");
        }

        if (Classification is not null && !ClassificationFilter.Values.Contains(Classification, StringComparer.Ordinal))
        {
            errors.Add("classification", $"Unknown value; use one of: {string.Join(", ", ClassificationFilter.Values)}.");
        }

        var query = new ProductQuery
        {
            Search = Search,
            Area = Parse<ApplicationArea>(errors, "area", Area),
            Sector = Parse<CareSector>(errors, "sector", Sector),
            Phase = Parse<LifecyclePhase>(errors, "phase", Phase),
            Regime = Parse<Regime>(errors, "regime", Regime),
            DeviceClass = DeviceClass,
            AiKind = Parse<AiKind>(errors, "aiKind", AiKind),
            HostingRegion = Parse<HostingRegion>(errors, "hostingRegion", HostingRegion),
            Maker = Maker,
            HighRisk = HighRisk,
            Classification = Classification,
            Status = Parse<ProductStatus>(errors, "status", Status),
            Sort = Parse<ProductSort>(errors, "sort", Sort) ?? ProductSort.Name,
            Page = Page ?? 1,
            PageSize = PageSize ?? 20,
        };
        return errors.Any ? errors.ToError() : query;
    }

    private static T? Parse<T>(FieldErrors errors, string field, string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (BakenJson.TryParseEnum<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"Unknown value; use one of: {string.Join(", ", Enum.GetValues<T>().Select(BakenJson.EnumName))}.");
        return null;
    }
}
