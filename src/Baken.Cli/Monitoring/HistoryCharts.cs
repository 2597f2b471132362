using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;

namespace Baken.Cli.Monitoring;

/// <summary>
/// The report's time series as inline SVG: periods evenly spaced along x, values on a fixed 0-1
/// scale (every series is a probability or a share), a missing value leaves a gap. Plain shapes
/// and text only, so the chart renders offline and reads aloud through its titles.
/// </summary>
internal static class HistoryCharts
{
    private const double Left = 56;
    private const double Top = 16;
    private const double Width = 520;
    private const double Height = 220;

    public sealed record Series(string Name, string Css, IReadOnlyList<double?> Values);

    public static string Line(
        string id, string title, IReadOnlyList<string> periods, IReadOnlyList<Series> series,
        (string Name, IReadOnlyList<double?> Lower, IReadOnlyList<double?> Upper)? band = null, (string Name, double Value)? level = null)
    {
        var legend = LegendLayout(series, band?.Name, level?.Name);
        var svg = new StringBuilder();
        var height = Top + Height + 36 + (18 * (legend.Max(e => e.Row) + 1));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"history\" viewBox=\"0 0 {F(Left + Width + 16)} {F(height)}\" role=\"img\" aria-labelledby=\"{id}-title\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>\n");
        for (var tick = 0; tick <= 5; tick++)
        {
            var v = tick / 5.0;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(Left)}\" y1=\"{F(Y(v))}\" x2=\"{F(Left + Width)}\" y2=\"{F(Y(v))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 8)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{Numbers.Format(v, 1)}</text>\n");
        }

        for (var i = 0; i < periods.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i, periods.Count))}\" y=\"{F(Top + Height + 18)}\" text-anchor=\"middle\">{E(periods[i])}</text>\n");
        }

        if (band is { } b)
        {
            for (var i = 0; i + 1 < periods.Count; i++)
            {
                if (b.Lower[i] is { } l0 && b.Upper[i] is { } u0 && b.Lower[i + 1] is { } l1 && b.Upper[i + 1] is { } u1)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<polygon class=\"band\" points=\"{F(X(i, periods.Count))},{F(Y(l0))} {F(X(i + 1, periods.Count))},{F(Y(l1))} {F(X(i + 1, periods.Count))},{F(Y(u1))} {F(X(i, periods.Count))},{F(Y(u0))}\"><title>{E(b.Name)}</title></polygon>\n");
                }
            }
        }

        if (level is { } line)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"level\" x1=\"{F(Left)}\" y1=\"{F(Y(line.Value))}\" x2=\"{F(Left + Width)}\" y2=\"{F(Y(line.Value))}\"><title>{E(line.Name)}</title></line>\n");
        }

        foreach (var s in series)
        {
            Polyline(svg, s, periods);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"axes\" x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(Width)}\" height=\"{F(Height)}\"/>\n");
        foreach (var (css, name, x, row) in legend)
        {
            var y = Top + Height + 44 + (18 * row);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{css}\" x1=\"{F(x)}\" y1=\"{F(y - 4)}\" x2=\"{F(x + 22)}\" y2=\"{F(y - 4)}\" stroke-width=\"6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 28)}\" y=\"{F(y)}\">{E(name)}</text>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    // One polyline per run of consecutive defined values, and a marker with its value at each point.
    private static void Polyline(StringBuilder svg, Series s, IReadOnlyList<string> periods)
    {
        var points = new List<string>();
        void Flush()
        {
            if (points.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{s.Css}\" points=\"{string.Join(' ', points)}\"/>\n");
            }

            points.Clear();
        }

        for (var i = 0; i < periods.Count; i++)
        {
            if (s.Values[i] is not { } v)
            {
                Flush();
                continue;
            }

            points.Add($"{F(X(i, periods.Count))},{F(Y(v))}");
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"{s.Css}-point\" r=\"3.5\" cx=\"{F(X(i, periods.Count))}\" cy=\"{F(Y(v))}\"><title>{E($"{periods[i]}: {s.Name} {Numbers.Format(v, 3)}")}</title></circle>\n");
        }

        Flush();
    }

    // Legend entries left to right, wrapping to a new row at the plot's width (text about 6.5 px a character).
    private static List<(string Css, string Name, double X, int Row)> LegendLayout(IReadOnlyList<Series> series, string? band, string? level)
    {
        var entries = series.Select(s => (s.Css, s.Name)).ToList();
        if (band is not null)
        {
            entries.Add(("band", band));
        }

        if (level is not null)
        {
            entries.Add(("level", level));
        }

        var layout = new List<(string, string, double, int)>();
        var (x, row) = (Left, 0);
        foreach (var (css, name) in entries)
        {
            var width = 44 + (name.Length * 6.5);
            if (x > Left && x + width > Left + Width)
            {
                (x, row) = (Left, row + 1);
            }

            layout.Add((css, name, x, row));
            x += width;
        }

        return layout;
    }

    private static double X(int index, int count) => count <= 1 ? Left + (Width / 2) : Left + 24 + (index * (Width - 48) / (count - 1));

    private static double Y(double v) => Top + Height - (Math.Clamp(v, 0, 1) * Height);

    private static string F(double pixels) => pixels.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
