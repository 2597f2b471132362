using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baken.Cli.Monitoring;

/// <summary>One period's headline figures, for the report's time series.</summary>
internal sealed record HistoryPoint(
    string Period,
    double? Auroc,
    double? Sensitivity,
    double? Specificity,
    double? EstimatedAuroc,
    double? EstimatedAurocLower,
    double? EstimatedAurocUpper,
    double? EstimatedSensitivity,
    double? EstimatedSpecificity,
    double? ShareOfDriftedColumns,
    double? DriftShare);

/// <summary>
/// Earlier periods' results from the <c>--history</c> folder: every <c>*.json</c> file that is a
/// monitoring result (has <c>period</c> and <c>cbpe</c>); anything else there is skipped with a note.
/// Read from the JSON files, so results of earlier engine versions still chart.
/// </summary>
internal static class MonitoringHistory
{
    public static List<HistoryPoint> Read(string directory, string currentResultPath, TextWriter error)
    {
        var points = new List<HistoryPoint>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFullPath(path) == currentResultPath)
            {
                continue;
            }

            try
            {
                if (Point(File.ReadAllBytes(path)) is { } point)
                {
                    points.Add(point);
                    continue;
                }
            }
            catch (JsonException)
            {
                // Reported below like any other file that is not a result.
            }

            error.WriteLine($"Note: '{Path.GetFileName(path)}' in the history folder is not a monitoring result; skipped.");
        }

        return points;
    }

    public static HistoryPoint? Point(byte[] json)
    {
        if (JsonNode.Parse(json) is not JsonObject root || root["period"]?.GetValueKind() != JsonValueKind.String || !root.ContainsKey("cbpe"))
        {
            return null;
        }

        var performance = root["performance"] as JsonObject;
        var threshold = performance?["thresholds"] is JsonArray { Count: > 0 } list ? list[0] : null;
        var cbpe = root["cbpe"] as JsonObject;
        var drift = root["drift"] as JsonObject;
        return new HistoryPoint(
            (string)root["period"]!,
            Number(performance?["auroc"]),
            Number(threshold?["sensitivity"]),
            Number(threshold?["specificity"]),
            Number(cbpe?["auroc"]?["estimated"]),
            Number(cbpe?["auroc"]?["lowerConfidenceBoundary"]),
            Number(cbpe?["auroc"]?["upperConfidenceBoundary"]),
            Number(cbpe?["sensitivity"]?["estimated"]),
            Number(cbpe?["specificity"]?["estimated"]),
            Number(drift?["shareOfDriftedColumns"]),
            Number(drift?["driftShare"]));
    }

    /// <summary>The earlier points and the current one, in period order (names such as 2026-04 sort
    /// by time); an earlier result for the same period is replaced by the current one.</summary>
    public static List<HistoryPoint> With(IEnumerable<HistoryPoint> history, HistoryPoint? current) =>
    [
        .. history.Where(p => p.Period != current?.Period)
            .GroupBy(p => p.Period, StringComparer.Ordinal).Select(g => g.Last())
            .Concat(current is null ? [] : [current])
            .OrderBy(p => p.Period, StringComparer.Ordinal),
    ];

    private static double? Number(JsonNode? node) => node?.GetValueKind() == JsonValueKind.Number ? node.GetValue<double>() : null;
}
