using System.Text.Json;

namespace Baken.Core.Classification;

/// <summary>
/// One step of a rule set as a person meets it: the question in English and Dutch, its legal
/// source, and (for steps that ask the maker something) the fact it asks with the answers its
/// cases distinguish. Steps that only draw conclusions from earlier answers have no fact.
/// </summary>
/// <param name="Urn">The step's URN, as in <see cref="TrailStep.Step"/>.</param>
/// <param name="Id">The step's id within the rule set.</param>
/// <param name="QuestionEn">The question in English.</param>
/// <param name="QuestionNl">The question in Dutch.</param>
/// <param name="LegalSource">Article, annex or guidance the step rests on.</param>
/// <param name="Fact">The fact the step asks, by its API name; null when it asks none.</param>
/// <param name="Answers">The values of that fact its cases tell apart, in the content's order ("true"/"false" for yes/no facts).</param>
/// <param name="NoneIsAnswer">Whether "none of these" (no value) is itself an answer, as for annexIIIUse.</param>
/// <param name="HelpEn">Plain-language help with the question in English, if the content gives it.</param>
/// <param name="HelpNl">The same help in Dutch.</param>
public sealed record RuleSetStep(
    string Urn, string Id, string QuestionEn, string QuestionNl, string LegalSource, string? Fact, IReadOnlyList<string> Answers, bool NoneIsAnswer,
    string? HelpEn = null, string? HelpNl = null)
{
    /// <summary>Dutch answer and conclusion by the English pair of a case (the trail stores the English).</summary>
    internal Dictionary<string, DutchTrailText> Dutch { get; init; } = [];

    /// <summary>The Dutch answer and conclusion of one of this step's trail entries, if the content gives them.</summary>
    public DutchTrailText? DutchFor(TrailStep step) => Dutch.GetValueOrDefault(RuleSetSteps.Key(step.Answer, step.Conclusion));
}

/// <summary>A trail entry's answer and conclusion in Dutch.</summary>
/// <param name="Answer">The answer.</param>
/// <param name="Conclusion">What follows from it.</param>
public sealed record DutchTrailText(string Answer, string Conclusion);

/// <summary>Reads the steps of a checked rule-set document (the compiler has already rejected a malformed one).</summary>
internal static class RuleSetSteps
{
    public static IReadOnlyList<RuleSetStep> Read(JsonElement document)
    {
        var urn = document.GetProperty("id").GetString()!;
        var citations = document.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("citation").GetString()!, StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var steps = new List<RuleSetStep>();
        foreach (var step in document.GetProperty("steps").EnumerateArray())
        {
            var id = step.GetProperty("id").GetString()!;
            var question = step.GetProperty("question");
            var source = string.Join("; ", step.GetProperty("sources").EnumerateArray().Select(s =>
                s.TryGetProperty("at", out var at) && at.GetString() is { Length: > 0 } pinpoint
                    ? $"{citations[s.GetProperty("ref").GetString()!]}, {pinpoint}"
                    : citations[s.GetProperty("ref").GetString()!]));

            // The fact a step asks is the one its cases test; a fact is asked once, by the first step that tests it.
            string? fact = null;
            var answers = new List<string>();
            var catchAll = false;
            var dutch = new Dictionary<string, DutchTrailText>(StringComparer.Ordinal);
            foreach (var @case in step.GetProperty("cases").EnumerateArray())
            {
                if (@case.TryGetProperty("nl", out var nl))
                {
                    dutch[Key(@case.GetProperty("answer").GetString()!, @case.GetProperty("conclusion").GetString()!)] =
                        new DutchTrailText(nl.GetProperty("answer").GetString()!, nl.GetProperty("conclusion").GetString()!);
                }

                if (!@case.TryGetProperty("when", out var when))
                {
                    catchAll = true;
                }
                else if (when.TryGetProperty("fact", out var name) && (fact is null || fact == name.GetString()))
                {
                    fact = name.GetString()!;
                    foreach (var value in Values(when))
                    {
                        if (!answers.Contains(value))
                        {
                            answers.Add(value);
                        }
                    }
                }
            }

            if (fact is not null && !asked.Add(fact))
            {
                fact = null;
            }

            var definition = fact is null ? null : FactCatalog.Find(fact);
            var help = step.TryGetProperty("help", out var h) ? h : (JsonElement?)null;
            steps.Add(new RuleSetStep($"{urn}:step:{id}", id, question.GetProperty("en").GetString()!, question.GetProperty("nl").GetString()!, source,
                fact, fact is null ? [] : answers, catchAll && definition is { NullIsAnswer: true },
                help?.GetProperty("en").GetString(), help?.GetProperty("nl").GetString()) { Dutch = dutch });
        }

        return steps;
    }

    /// <summary>Dutch consequence titles by the consequence's URN.</summary>
    public static IReadOnlyDictionary<string, string> DutchConsequenceTitles(JsonElement document)
    {
        var urn = document.GetProperty("id").GetString()!;
        return document.GetProperty("consequences").EnumerateArray()
            .Where(c => c.TryGetProperty("nl", out _))
            .ToDictionary(c => $"{urn}:consequence:{c.GetProperty("id").GetString()}", c => c.GetProperty("nl").GetProperty("title").GetString()!, StringComparer.Ordinal);
    }

    internal static string Key(string answer, string conclusion) => answer + "\u001f" + conclusion;

    private static IEnumerable<string> Values(JsonElement condition)
    {
        if (condition.TryGetProperty("equals", out var single))
        {
            yield return Text(single);
        }
        else if (condition.TryGetProperty("in", out var list))
        {
            foreach (var value in list.EnumerateArray())
            {
                yield return Text(value);
            }
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetString() ?? "",
    };
}
