using System.Globalization;
using System.Text;
using Baken.Core.Data;
using Baken.Core.Register.Products;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Api.V1;

/// <summary>
/// Open exports of the public register. IDs are the products' permanent ids; the schema version
/// changes only when a column's meaning changes, so consumers can rely on it.
/// </summary>
internal static class ProductExport
{
    public const string SchemaVersion = "1.0";

    private static readonly string[] Columns =
    [
        "schema_version", "id", "slug", "name", "maker_id", "maker", "status", "application_area", "sectors", "ai_kind",
        "task", "phase", "certifications", "udi_di", "fda_number", "hosting_region", "standards", "evidence_levels",
        "short_description", "english_summary", "review_date", "published_at", "updated_at",
    ];

    /// <summary>The JSON export: the schema version, when it was made, and every public product.</summary>
    public sealed record ExportDocument(string SchemaVersion, DateTimeOffset GeneratedAt, IReadOnlyList<ProductView> Products);

    public static async Task<Ok<ExportDocument>> JsonAsync(BakenDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var products = await PublicAsync(db, ct);
        return TypedResults.Ok(new ExportDocument(SchemaVersion, clock.GetUtcNow(), [.. products.Select(p => ProductView.From(p, p.Maker!.Name))]));
    }

    public static async Task<CsvFile> CsvAsync(BakenDbContext db, CancellationToken ct)
    {
        var products = await PublicAsync(db, ct);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var p in products)
        {
            var c = p.Content;
            string?[] row =
            [
                SchemaVersion, p.Id.ToString(), p.Slug, c.Name, p.MakerId.ToString(), p.Maker!.Name, Name(p.Status),
                Name(c.ApplicationArea), string.Join('|', c.Sectors.Select(Name)), Name(c.AiKind), Name(c.Task), Name(c.Phase),
                string.Join('|', c.Certifications.Select(x => $"{Name(x.Regime)}:{x.DeviceClass}")), c.UdiDi, c.FdaNumber,
                c.HostingRegion is { } region ? Name(region) : null, string.Join('|', c.Standards.Select(Name)),
                string.Join('|', c.Evidence.Select(e => e.Level.ToString(CultureInfo.InvariantCulture))),
                c.ShortDescription, c.EnglishSummary, c.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                p.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                p.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ];
            csv.AppendJoin(',', row.Select(Escape)).Append("\r\n");
        }

        return new CsvFile(csv.ToString());
    }

    private static async Task<List<Product>> PublicAsync(BakenDbContext db, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Maker).Include(p => p.Versions)
            .Where(p => p.Status == ProductStatus.Published || p.Status == ProductStatus.Withdrawn)
            .ToListAsync(ct);
        return [.. products.OrderBy(p => p.Slug, StringComparer.Ordinal)];
    }

    private static string Name<T>(T value)
        where T : struct, Enum => BakenJson.EnumName(value);

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised for spreadsheet users.</summary>
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
