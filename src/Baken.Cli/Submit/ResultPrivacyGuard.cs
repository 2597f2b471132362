using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Engine;

namespace Baken.Cli.Submit;

/// <summary>
/// The last check before a result leaves the organisation: it must have exactly the aggregate
/// shape the engine writes, so a hand-edited or foreign file cannot smuggle out rows, ids or the
/// numbers of a suppressed cell. An allow-list, not a deny-list: anything unknown is refused.
/// The platform checks the top level and suppressed cells again; this goes further because the
/// data owner's side is where a leak must be stopped.
/// </summary>
internal static class ResultPrivacyGuard
{
    /// <summary>The engine never writes a weaker small-cell rule than this.</summary>
    public const int MinimumCellSize = SmallCells.Floor;

    /// <summary>More values than this in one subgroup column looks like an identifier or a date, not a group.</summary>
    public const int MaxSubgroupValues = 100;

    private static readonly HashSet<string> TopLevel = ["metadata", "minCellSize", "overall", "subgroups", "bootstrap"];

    private static readonly HashSet<string> Metadata =
    [
        "engineVersion", "protocolId", "inputSha256", "rowsRead", "rowsUsed", "rowsRejected", "seed", "bootstrapReplicates",
        "startedAt", "finishedAt", "dataFrom", "dataTo",
    ];

    private static readonly HashSet<string> Scalars =
    [
        "n", "positives", "prevalence", "auroc", "aurocSe", "auprc", "brier", "logLoss", "calibrationInTheLarge",
        "calibrationIntercept", "calibrationSlope", "observedExpectedRatio", "ece",
    ];

    private static readonly HashSet<string> ThresholdKeys =
        ["threshold", "tp", "fp", "fn", "tn", "sensitivity", "specificity", "ppv", "npv", "f1", "accuracy", "netBenefit"];

    private static readonly HashSet<string> BootstrapIntervals = ["aurocCi95", "auprcCi95", "brierCi95", "calibrationSlopeCi95"];

    /// <summary>Every reason to refuse, as "path: problem"; empty when the result may be sent.</summary>
    public static IReadOnlyList<string> Check(JsonObject result)
    {
        var problems = new List<string>();
        foreach (var (key, _) in result.Where(p => !TopLevel.Contains(p.Key)))
        {
            problems.Add($"{key}: not part of an aggregate result.");
        }

        var minCellSize = Number(result["minCellSize"]);
        if (minCellSize is not >= MinimumCellSize || minCellSize % 1 != 0)
        {
            problems.Add($"minCellSize: must be a whole number of at least {MinimumCellSize}.");
        }

        if (result["metadata"] is JsonObject metadata)
        {
            foreach (var (key, value) in metadata)
            {
                if (!Metadata.Contains(key))
                {
                    problems.Add($"metadata.{key}: not part of a result's metadata.");
                }
                else if (value is not null && value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    problems.Add($"metadata.{key}: must be a single value.");
                }
            }
        }
        else
        {
            problems.Add("metadata: missing.");
        }

        if (result["overall"] is JsonObject overall)
        {
            CheckMetricSet(overall, "overall", problems);
        }
        else
        {
            problems.Add("overall: missing.");
        }

        if (result["bootstrap"] is { } bootstrap)
        {
            CheckBootstrap(bootstrap, "bootstrap", problems);
        }

        CheckSubgroups(result["subgroups"], Math.Max(minCellSize ?? MinimumCellSize, MinimumCellSize), problems);
        return problems;
    }

    private static void CheckSubgroups(JsonNode? node, double minCellSize, List<string> problems)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonObject subgroups)
        {
            problems.Add("subgroups: must be an object of columns.");
            return;
        }

        foreach (var (column, values) in subgroups)
        {
            if (values is not JsonObject cells)
            {
                problems.Add($"subgroups.{column}: must be an object of values.");
                continue;
            }

            if (cells.Count > MaxSubgroupValues)
            {
                problems.Add($"subgroups.{column}: {cells.Count} values; a column with more than {MaxSubgroupValues} is likely an identifier or a date, whose values must not be shared.");
                continue;
            }

            foreach (var (value, cell) in cells)
            {
                var path = $"subgroups.{column}.{value}";
                if (cell is JsonObject c && c.ContainsKey("suppressed"))
                {
                    if (c.Count != 1 || c["suppressed"] is not JsonValue flag || !flag.TryGetValue<bool>(out var suppressed) || !suppressed)
                    {
                        problems.Add($"{path}: a suppressed cell must be exactly {{\"suppressed\": true}}, without numbers.");
                    }

                    continue;
                }

                if (cell is not JsonObject metrics)
                {
                    problems.Add($"{path}: must be a metric set or {{\"suppressed\": true}}.");
                    continue;
                }

                CheckMetricSet(metrics, path, problems);
                var n = Number(metrics["n"]);
                var positives = Number(metrics["positives"]);
                if (n < minCellSize || positives < minCellSize || n - positives < minCellSize)
                {
                    problems.Add($"{path}: fewer than {minCellSize} rows, positives or negatives; this cell should have been suppressed.");
                }
            }
        }
    }

    private static void CheckMetricSet(JsonObject set, string path, List<string> problems)
    {
        foreach (var (key, value) in set)
        {
            var at = $"{path}.{key}";
            switch (key)
            {
                case var scalar when Scalars.Contains(scalar):
                    if (value is not null && value.GetValueKind() != JsonValueKind.Number)
                    {
                        problems.Add($"{at}: must be a number or null.");
                    }

                    break;
                case "aurocCi95":
                    CheckInterval(value, at, problems);
                    break;
                case "calibrationCurve":
                    if (value is not JsonObject curve || curve.Count != 2
                        || !IsNumbers(curve["meanPredicted"], 10) || !IsNumbers(curve["fractionPositive"], 10))
                    {
                        problems.Add($"{at}: must be meanPredicted and fractionPositive, each at most 10 numbers (one per bin).");
                    }

                    break;
                case "thresholds":
                    CheckThresholds(value, at, problems);
                    break;
                case "bootstrap":
                    CheckBootstrap(value, at, problems);
                    break;
                default:
                    problems.Add($"{at}: not a known metric.");
                    break;
            }
        }

        if (Number(set["n"]) is null || Number(set["positives"]) is null)
        {
            problems.Add($"{path}: n and positives are required.");
        }
    }

    private static void CheckThresholds(JsonNode? value, string at, List<string> problems)
    {
        if (value is not JsonArray rows || rows.Count > 100)
        {
            problems.Add($"{at}: must be a list of at most 100 thresholds.");
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row || row.Any(p => !ThresholdKeys.Contains(p.Key) || (p.Value is not null && p.Value.GetValueKind() != JsonValueKind.Number)))
            {
                problems.Add($"{at}[{i}]: must hold only the threshold's counts and rates, as numbers.");
            }
        }
    }

    private static void CheckBootstrap(JsonNode? value, string at, List<string> problems)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonObject bootstrap)
        {
            problems.Add($"{at}: must be an object of intervals.");
            return;
        }

        foreach (var (key, interval) in bootstrap)
        {
            if (key == "replicates")
            {
                if (Number(interval) is null)
                {
                    problems.Add($"{at}.replicates: must be a number.");
                }
            }
            else if (BootstrapIntervals.Contains(key))
            {
                CheckInterval(interval, $"{at}.{key}", problems);
            }
            else
            {
                problems.Add($"{at}.{key}: not a known bootstrap interval.");
            }
        }
    }

    private static void CheckInterval(JsonNode? value, string at, List<string> problems)
    {
        if (value is not null && !(value is JsonArray { Count: 2 } && IsNumbers(value, 2)))
        {
            problems.Add($"{at}: must be [lower, upper] or null.");
        }
    }

    private static bool IsNumbers(JsonNode? node, int max) =>
        node is JsonArray array && array.Count <= max && array.All(n => n is not null && n.GetValueKind() == JsonValueKind.Number);

    // Through the JSON text: a JsonValue built in code holds an int or a long, which TryGetValue<double> refuses.
    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
