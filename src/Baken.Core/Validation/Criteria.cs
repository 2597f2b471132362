using System.Globalization;
using System.Text.Json.Nodes;

namespace Baken.Core.Validation;

/// <summary>
/// Evaluates acceptance criteria against a result's metric set. Used by the local agent to show
/// met / not met and by the platform to judge a submitted result, so both always agree.
/// </summary>
public static class Criteria
{
    public static readonly IReadOnlyList<string> Operators = [">=", "<=", "between"];

    private static readonly string[] Scalars =
    [
        "n", "positives", "prevalence", "auroc", "aurocSe", "auprc", "brier", "logLoss", "calibrationInTheLarge",
        "calibrationIntercept", "calibrationSlope", "observedExpectedRatio", "ece",
    ];

    private static readonly string[] Intervals =
    [
        "aurocCi95", "bootstrap.aurocCi95", "bootstrap.auprcCi95", "bootstrap.brierCi95", "bootstrap.calibrationSlopeCi95",
    ];

    /// <summary>Every metric path a criterion may use: the engine's scalar metrics and the bounds of its intervals.</summary>
    public static readonly IReadOnlySet<string> Paths =
        new HashSet<string>([.. Scalars, .. Intervals.SelectMany(i => new[] { i + ".lower", i + ".upper" })], StringComparer.Ordinal);

    /// <summary>The aggregate figures of documentation results a criterion may use: transcript accuracy
    /// (wer, cer), note quality (ROUGE, section completeness, the lexical fact checks) and structured
    /// human review (PDQI-9, hallucination-free share, inter-rater agreement).</summary>
    public static readonly IReadOnlySet<string> DocumentationPaths = new HashSet<string>(
    [
        "documents", "wer", "cer", "rouge1", "rouge2", "rougeL", "rougeLsum", "sectionCompleteness",
        "unsupportedFactRate", "unsupportedSentenceRate", "notesWithUnsupportedFacts", "omittedFactRate", "omittedSentenceRate",
        "pdqi9Mean", "hallucinationFreeRate", "krippendorffAlpha",
    ], StringComparer.Ordinal);

    /// <summary>The metric paths for a protocol's task type.</summary>
    public static IReadOnlySet<string> PathsFor(string taskType) => taskType == "documentation" ? DocumentationPaths : Paths;

    public static IReadOnlyList<CriterionOutcome> Evaluate(JsonObject overall, IEnumerable<AcceptanceCriterion> criteria) =>
        [.. criteria.Select(c => Evaluate(overall, c))];

    public static CriterionOutcome Evaluate(JsonObject overall, AcceptanceCriterion criterion)
    {
        var actual = Read(overall, criterion.Metric);
        var met = actual is { } v && criterion.Operator switch
        {
            ">=" => v >= criterion.Value,
            "<=" => v <= criterion.Value,
            "between" => v >= criterion.Value && v <= (criterion.Upper ?? double.PositiveInfinity),
            _ => false,
        };
        return new CriterionOutcome(criterion, actual, met);
    }

    /// <summary>Reads "a.b" paths; ".lower"/".upper" on a two-element array mean its first/second element.</summary>
    public static double? Read(JsonObject overall, string path)
    {
        JsonNode? node = overall;
        foreach (var part in path.Split('.'))
        {
            node = node switch
            {
                JsonArray { Count: 2 } interval when part == "lower" => interval[0],
                JsonArray { Count: 2 } interval when part == "upper" => interval[1],
                JsonObject o => o[part],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
    }

    public static string Describe(AcceptanceCriterion c) => c.Description ?? (c.Operator == "between"
        ? string.Create(CultureInfo.InvariantCulture, $"{c.Metric} in [{c.Value}, {c.Upper}]")
        : string.Create(CultureInfo.InvariantCulture, $"{c.Metric} {c.Operator} {c.Value}"));
}
