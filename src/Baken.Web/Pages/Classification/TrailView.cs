using System.Text.Json;
using Baken.Core.Classification;

namespace Baken.Web.Pages.Classification;

/// <summary>What the trail partial shows: the steps, the rule set they came from (for the Dutch questions) and the answers given, by fact.</summary>
/// <param name="Steps">The trail, in order.</param>
/// <param name="Rules">The rule set that drew it; null when that version is no longer shipped.</param>
/// <param name="Answers">The answers by fact name, as the wizard writes them ("true", "MDR", "none").</param>
public sealed record TrailView(IReadOnlyList<TrailStep> Steps, RuleSet? Rules, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>The answers of saved facts: a fact without a value counts as "none" where that is an answer.</summary>
    public static IReadOnlyDictionary<string, string> AnswersOf(ClassificationFacts facts)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in JsonSerializer.SerializeToElement(facts, JsonSerializerOptions.Web).EnumerateObject())
        {
            answers[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.String => property.Value.GetString()!,
                _ => IndexModel.None,
            };
        }

        return answers;
    }
}
