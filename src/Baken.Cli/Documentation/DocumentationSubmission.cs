using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Baken.Engine.Documentation;

namespace Baken.Cli.Documentation;

/// <summary>
/// What of a documentation result (transcript accuracy, note quality, or the human review summary)
/// may leave the organisation: a new document built from an
/// allow-list of aggregate figures, so that per-document entries, ids, sentences and anything a
/// hand edit added are left behind rather than sent. A value at an allowed key that is not of the
/// expected shape (text where a number belongs, a hash that is no hash) refuses the whole result,
/// because it means the file is not what the engine wrote.
/// </summary>
internal static partial class DocumentationSubmission
{
    private static readonly string[] Metadata = ["engineVersion", "protocolId", "rowsRead", "rowsUsed", "rowsRejected", "startedAt", "finishedAt", "blinded"];
    private static readonly string[] Hashes = ["referenceSha256", "hypothesisSha256", "generatedSha256", "transcriptSha256", "ratingsSha256"];
    private static readonly string[] Measures = ["transcriptAccuracy", "noteQuality", "humanReview"];

    // Descriptions that baken review-summary writes; kept only when they are exactly these words.
    private static readonly Dictionary<string, string> FixedDescriptions = new(StringComparer.Ordinal)
    {
        ["instrument"] = "PDQI-9 (1-5 per item) + free from hallucination (yes/no)",
        ["agreement"] = "Krippendorff's alpha, interval, on each rating's PDQI-9 mean",
    };

    private static readonly HashSet<string> Pdqi9Items =
        ["upToDate", "accurate", "thorough", "useful", "organized", "comprehensible", "succinct", "synthesized", "internallyConsistent"];

    private static readonly HashSet<string> HumanNoteFigures = ["documents", "ratings", "pdqi9Mean", "hallucinationFreeRate"];

    private static readonly string[] OverallNumbers =
    [
        "documents", "wer", "cer", "referenceWords", "wordEdits", "referenceChars", "charEdits",
        "rouge1", "rouge2", "rougeL", "rougeLsum", "sectionCompleteness",
        "generatedFacts", "unsupportedFacts", "unsupportedFactRate", "unsupportedSentenceRate", "notesWithUnsupportedFacts",
        "referenceFacts", "omittedFacts", "omittedFactRate", "omittedSentenceRate", "notesWithOmissions",
        "ratings", "raters", "pdqi9Mean", "hallucinationFreeRate", "krippendorffAlpha",
    ];

    // Groups of numbers under overall, and which keys each may have: short names (section names, fact
    // kinds) or a fixed set. A key is never free text.
    private static readonly Dictionary<string, Func<string, bool>> OverallGroups = new(StringComparer.Ordinal)
    {
        ["sectionPresence"] = name => NamePattern().IsMatch(name),
        ["unsupportedByKind"] = name => NamePattern().IsMatch(name),
        ["omittedByKind"] = name => NamePattern().IsMatch(name),
        ["items"] = Pdqi9Items.Contains,
        ["humanNotes"] = HumanNoteFigures.Contains,
    };

    /// <summary>True for a result that <c>baken validate-transcripts</c> or <c>validate-notes</c> wrote.</summary>
    public static bool IsDocumentation(JsonObject result) =>
        result["taskType"] is JsonValue v && v.TryGetValue<string>(out var type) && type == DocumentationResultJson.TaskType;

    /// <summary>The aggregate-only copy of <paramref name="result"/>, or null with the reasons to refuse.</summary>
    public static JsonObject? Aggregates(JsonObject result, out List<string> problems)
    {
        problems = [];
        var copy = new JsonObject { ["taskType"] = DocumentationResultJson.TaskType };
        if (Text(result["measure"]) is { } measure && Measures.Contains(measure))
        {
            copy["measure"] = measure;
        }
        else
        {
            problems.Add($"measure: must be one of {string.Join(", ", Measures)}.");
        }

        if (result["metadata"] is JsonObject metadata)
        {
            copy["metadata"] = CopyMetadata(metadata, problems);
        }
        else
        {
            problems.Add("metadata: missing.");
        }

        if (result["normalisation"] is { } normalisation)
        {
            if (Text(normalisation) is { } n && TextNormaliser.TryParse(n, out _))
            {
                copy["normalisation"] = n;
            }
            else
            {
                problems.Add("normalisation: must be basic or none.");
            }
        }

        if (Text(result["factCheck"]) == DocumentationResultJson.FactCheckLabel)
        {
            copy["factCheck"] = DocumentationResultJson.FactCheckLabel;
        }

        if (result["overall"] is JsonObject overall)
        {
            copy["overall"] = CopyOverall(overall, problems);
        }
        else
        {
            problems.Add("overall: missing.");
        }

        return problems.Count == 0 ? copy : null;
    }

    private static JsonObject CopyMetadata(JsonObject metadata, List<string> problems)
    {
        var copy = new JsonObject();
        foreach (var (key, text) in FixedDescriptions)
        {
            if (Text(metadata[key]) == text)
            {
                copy[key] = text;
            }
        }

        foreach (var key in Metadata.Concat(Hashes))
        {
            if (!metadata.TryGetPropertyValue(key, out var value) || value is null)
            {
                continue;
            }

            var ok = key switch
            {
                "engineVersion" => Text(value) is { } v && VersionPattern().IsMatch(v),
                "protocolId" => Guid.TryParse(Text(value), out _),
                "startedAt" or "finishedAt" => DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "blinded" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
                _ when Hashes.Contains(key) => Text(value) is { } h && HashPattern().IsMatch(h),
                _ => Number(value) is >= 0,
            };
            if (ok)
            {
                copy[key] = value.DeepClone();
            }
            else
            {
                problems.Add($"metadata.{key}: not a value the engine writes there.");
            }
        }

        return copy;
    }

    private static JsonObject CopyOverall(JsonObject overall, List<string> problems)
    {
        var copy = new JsonObject();
        foreach (var key in OverallNumbers)
        {
            if (overall.TryGetPropertyValue(key, out var value))
            {
                CopyNumber(copy, key, value, $"overall.{key}", problems);
            }
        }

        foreach (var (group, allowed) in OverallGroups)
        {
            if (!overall.TryGetPropertyValue(group, out var node) || node is null)
            {
                continue;
            }

            if (node is not JsonObject values)
            {
                problems.Add($"overall.{group}: must be an object of numbers.");
                continue;
            }

            // Keys are section names or fact kinds: short identifiers, never free text.
            var numbers = new JsonObject();
            foreach (var (name, value) in values)
            {
                if (allowed(name))
                {
                    CopyNumber(numbers, name, value, $"overall.{group}.{name}", problems);
                }
                else
                {
                    problems.Add($"overall.{group}: a key that is not one of its figures.");
                }
            }

            copy[group] = numbers;
        }

        return copy;
    }

    private static void CopyNumber(JsonObject copy, string key, JsonNode? value, string path, List<string> problems)
    {
        if (value is null)
        {
            copy[key] = null;
        }
        else if (Number(value) is { } number && double.IsFinite(number))
        {
            copy[key] = value.DeepClone();
        }
        else
        {
            problems.Add($"{path}: must be a number or null.");
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();

    [GeneratedRegex("^[0-9A-Za-z.+-]{1,80}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex NamePattern();
}
