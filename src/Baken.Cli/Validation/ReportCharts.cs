using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;
using Baken.Engine.Metrics;

namespace Baken.Cli.Validation;

/// <summary>
/// The report's two figures as inline SVG: plain shapes and text, no script, no fonts or images to
/// fetch, so they render offline, print, and can be read by a screen reader through their titles.
/// Both plots share one frame: the unit square with ticks every 0.2 and the diagonal.
/// </summary>
internal static class ReportCharts
{
    private const double Left = 64;
    private const double Top = 16;
    private const double Size = 300;

    public static string Roc(IReadOnlyList<(double Fpr, double Tpr)> points, double? auroc, ReportText text)
    {
        var title = auroc is { } a ? $"{text.RocTitle} (AUROC {Numbers.Format(a)})" : text.RocTitle;
        var svg = Frame("roc", title, text.RocX, text.RocY, text.Diagonal);
        svg.Append("<polyline class=\"curve\" points=\"");
        foreach (var (fpr, tpr) in points)
        {
            svg.Append(F(X(fpr))).Append(',').Append(F(Y(tpr))).Append(' ');
        }

        svg.Append("\"/>\n</svg>");
        return svg.ToString();
    }

    public static string Calibration(CalibrationCurve curve, ReportText text)
    {
        var svg = Frame("calibration", text.CalibrationTitle, text.CalibrationX, text.CalibrationY, text.Diagonal);
        svg.Append("<polyline class=\"curve\" points=\"");
        for (var i = 0; i < curve.MeanPredicted.Count; i++)
        {
            svg.Append(F(X(curve.MeanPredicted[i]))).Append(',').Append(F(Y(curve.FractionPositive[i]))).Append(' ');
        }

        svg.Append("\"/>\n");
        for (var i = 0; i < curve.MeanPredicted.Count; i++)
        {
            var label = $"{text.CalibrationX} {Numbers.Format(curve.MeanPredicted[i], 3)}, {text.CalibrationY} {Numbers.Format(curve.FractionPositive[i], 3)}";
            svg.Append("<circle class=\"point\" r=\"4\" cx=\"").Append(F(X(curve.MeanPredicted[i]))).Append("\" cy=\"").Append(F(Y(curve.FractionPositive[i])))
                .Append("\"><title>").Append(Encode(label)).Append("</title></circle>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static StringBuilder Frame(string id, string title, string xLabel, string yLabel, string diagonal)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {F(Left + Size + 24)} {F(Top + Size + 56)}\" role=\"img\" aria-labelledby=\"{id}-title\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title>\n");
        for (var tick = 0; tick <= 5; tick++)
        {
            var v = tick / 5.0;
            var label = Numbers.Format(v, 1);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(X(v))}\" y1=\"{F(Y(0))}\" x2=\"{F(X(v))}\" y2=\"{F(Y(1))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(X(0))}\" y1=\"{F(Y(v))}\" x2=\"{F(X(1))}\" y2=\"{F(Y(v))}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(v))}\" y=\"{F(Y(0) + 18)}\" text-anchor=\"middle\">{label}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(0) - 8)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{label}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"axes\" x=\"{F(X(0))}\" y=\"{F(Y(1))}\" width=\"{F(Size)}\" height=\"{F(Size)}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"diagonal\" x1=\"{F(X(0))}\" y1=\"{F(Y(0))}\" x2=\"{F(X(1))}\" y2=\"{F(Y(1))}\"><title>{Encode(diagonal)}</title></line>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(0.5))}\" y=\"{F(Y(0) + 44)}\" text-anchor=\"middle\">{Encode(xLabel)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(18 {F(Y(0.5))}) rotate(-90)\" text-anchor=\"middle\">{Encode(yLabel)}</text>\n");
        return svg;
    }

    private static double X(double v) => Left + (v * Size);

    private static double Y(double v) => Top + Size - (v * Size);

    // Two decimals of a pixel are plenty and keep a 500-point curve small.
    private static string F(double pixels) => pixels.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
