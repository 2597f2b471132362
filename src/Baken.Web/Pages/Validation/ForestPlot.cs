using System.Globalization;
using System.Net;
using System.Text;
using Baken.Core.Validation;

namespace Baken.Web.Pages.Validation;

/// <summary>
/// A forest plot of AUROC with 95% CIs per site and the pooled diamond, as inline SVG so the
/// page needs no script and prints as it shows.
/// </summary>
public static class ForestPlot
{
    private const int Width = 640;
    private const int Row = 28;
    private const int Left = 220;
    private const int Right = 600;

    public static string Render(IReadOnlyList<ProductValidationOverview.SiteResult> sites, Pooling.Pooled? pooled, string pooledLabel)
    {
        var rows = sites.Count + (pooled is null ? 0 : 1);
        var height = (rows * Row) + 60;
        var min = Math.Min(0.5, sites.Select(s => s.Summary.AurocLower ?? 1).Append(pooled?.Lower ?? 1).Min());
        double X(double auc) => Left + ((auc - min) / (1 - min) * (Right - Left));
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"forest-title\" class=\"forest-plot\">");
        svg.Append("<title id=\"forest-title\">AUROC per locatie met 95%-betrouwbaarheidsinterval</title>");
        for (var i = 0; i < sites.Count; i++)
        {
            var s = sites[i].Summary;
            var y = 20 + (i * Row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 5}\" font-size=\"13\">{WebUtility.HtmlEncode(Shorten(sites[i].OrganisationName))}</text>");
            if (s.Auroc is { } auc)
            {
                var lower = s.AurocLower ?? auc;
                var upper = s.AurocUpper ?? auc;
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(lower))}\" x2=\"{F(X(upper))}\" y1=\"{y}\" y2=\"{y}\" stroke=\"currentColor\" stroke-width=\"2\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(auc) - 5)}\" y=\"{y - 5}\" width=\"10\" height=\"10\" fill=\"currentColor\"/>");
            }
        }

        if (pooled is not null)
        {
            var y = 20 + (sites.Count * Row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 5}\" font-size=\"13\" font-weight=\"bold\">{WebUtility.HtmlEncode(pooledLabel)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<polygon points=\"{F(X(pooled.Lower))},{y} {F(X(pooled.Auroc))},{y - 8} {F(X(pooled.Upper))},{y} {F(X(pooled.Auroc))},{y + 8}\" fill=\"currentColor\"/>");
        }

        var axis = height - 30;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Right}\" y1=\"{axis}\" y2=\"{axis}\" stroke=\"currentColor\"/>");
        for (var tick = Math.Ceiling(min * 10) / 10; tick <= 1.0001; tick += 0.1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(tick))}\" x2=\"{F(X(tick))}\" y1=\"{axis}\" y2=\"{axis + 5}\" stroke=\"currentColor\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(tick))}\" y=\"{axis + 20}\" font-size=\"12\" text-anchor=\"middle\">{tick.ToString("0.0", CultureInfo.InvariantCulture)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Shorten(string name) => name.Length > 30 ? name[..29] + "…" : name;
}
