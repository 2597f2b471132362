using System.Text.Json.Nodes;
using Baken.Core.Platform;

namespace Baken.Core.Validation;

/// <summary>
/// The platform's rules for a submitted documentation result (transcript accuracy, note quality or
/// structured human review). Only aggregates may arrive: per-document entries are refused, and
/// every figure under <c>overall</c> must be a number, so no text (a sentence, an id, a name) can
/// ride along in a field that looks harmless.
/// </summary>
public static class DocumentationResult
{
    /// <summary>The kinds of documentation result the agent produces.</summary>
    public static readonly IReadOnlySet<string> Measures = new HashSet<string>(["transcriptAccuracy", "noteQuality", "humanReview"], StringComparer.Ordinal);

    private static readonly HashSet<string> Keys = ["taskType", "measure", "metadata", "normalisation", "factCheck", "expectedSections", "overall"];

    // The figures shown per site, in this order, when the result has them.
    private static readonly string[] Headline =
    [
        "wer", "cer", "rouge1", "rouge2", "rougeL", "rougeLsum", "sectionCompleteness", "unsupportedFactRate", "omittedFactRate",
        "pdqi9Mean", "hallucinationFreeRate", "krippendorffAlpha",
    ];

    /// <summary>Field errors for everything in the result the platform must not accept.</summary>
    public static FieldErrors Check(JsonObject result, ValidationProtocol protocol)
    {
        var errors = new FieldErrors();
        foreach (var key in result.Select(p => p.Key).Where(k => !Keys.Contains(k)))
        {
            errors.Add($"payload.result.{key}", key == "documents"
                ? "Per-document entries stay at the organisation; submit only the aggregates (baken submit removes them)."
                : "Unknown part of a result; only aggregate metrics may be sent.");
        }

        if ((string?)result["taskType"] != "documentation")
        {
            errors.Add("payload.result.taskType", "The protocol is for documentation; this is not a documentation result.");
        }

        if (result["measure"] is not JsonValue measure || !measure.TryGetValue<string>(out var name) || !Measures.Contains(name))
        {
            errors.Add("payload.result.measure", $"Use one of: {string.Join(", ", Measures)}.");
        }

        if (result["overall"] is not JsonObject overall || Criteria.Read(overall, "documents") is not { } documents)
        {
            errors.Add("payload.result.overall", "The overall figures with the number of documents ('documents') are missing.");
            return errors;
        }

        if (documents < protocol.Document.MinimumSampleSize)
        {
            errors.Add("payload.result.overall.documents", $"The protocol needs at least {protocol.Document.MinimumSampleSize} documents; this result has {documents}.");
        }

        foreach (var path in NonNumbers(overall, "payload.result.overall"))
        {
            errors.Add(path, "Only numbers may be submitted here.");
        }

        if ((string?)result["metadata"]?["protocolId"] is { } stated && !string.Equals(stated, protocol.Id.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("payload.result.metadata.protocolId", "The result was computed for another protocol than the one submitted.");
        }

        return errors;
    }

    /// <summary>
    /// A documentation protocol's criteria span several results (a transcript criterion is judged on the
    /// transcript result, a ROUGE criterion on the note result), so a result is judged only on the
    /// criteria whose figure it carries.
    /// </summary>
    public static IReadOnlyList<CriterionOutcome> Evaluate(JsonObject overall, IEnumerable<AcceptanceCriterion> criteria) =>
        Criteria.Evaluate(overall, criteria.Where(c => overall.ContainsKey(c.Metric)));

    /// <summary>The headline figures of one site's documentation result.</summary>
    public static SiteSummary Summarise(JsonObject result)
    {
        var overall = result["overall"]!.AsObject();
        var figures = Headline.Where(overall.ContainsKey).ToDictionary(k => k, k => Criteria.Read(overall, k), StringComparer.Ordinal);
        return new SiteSummary((int)(Criteria.Read(overall, "documents") ?? 0), 0, null, null, null, null, null, null,
            (string?)result["measure"], figures);
    }

    private static IEnumerable<string> NonNumbers(JsonNode? node, string path) => node switch
    {
        null => [],
        JsonObject o => o.SelectMany(p => NonNumbers(p.Value, $"{path}.{p.Key}")),
        JsonValue v when v.TryGetValue<double>(out _) => [],
        _ => [path],
    };
}
