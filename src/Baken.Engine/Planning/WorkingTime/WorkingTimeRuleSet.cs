using System.Text.Json;

namespace Baken.Engine.Planning.WorkingTime;

/// <summary>
/// A working-time rule set from content/planning: its stable id, the week's first day, optional shift
/// times, and the rules. The shipped Dutch set (<see cref="Default"/>) is compiled into the engine; a
/// reviewed or cao-specific copy can be loaded from a file with <see cref="Parse"/>. No limit is written
/// in code: the code only knows how to interpret each kind of rule.
/// </summary>
public sealed partial class WorkingTimeRuleSet
{
    private const string ResourceName = "Baken.Engine.Planning.working-time-nl-1.0.json";
    private static readonly Lazy<WorkingTimeRuleSet> DefaultSet = new(LoadDefault);

    private WorkingTimeRuleSet(string id, string version, string title, string status, DayOfWeek weekStartsOn, ShiftTimes shiftTimes, IReadOnlyList<WorkingTimeRule> rules)
    {
        (Id, Version, Title, Status, WeekStartsOn, ShiftTimes, Rules) = (id, version, title, status, weekStartsOn, shiftTimes, rules);
    }

    /// <summary>The Arbeidstijdenwet summary shipped with Baken (urn:baken:planning:working-time-nl:1.0).</summary>
    public static WorkingTimeRuleSet Default => DefaultSet.Value;

    /// <summary>Stable id, e.g. urn:baken:planning:working-time-nl:1.0.</summary>
    public string Id { get; }

    /// <summary>The rule set's version.</summary>
    public string Version { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>"Baken's summary, to be checked" for the shipped set.</summary>
    public string Status { get; }

    /// <summary>The first day of a week for the weekly limits.</summary>
    public DayOfWeek WeekStartsOn { get; }

    /// <summary>Shift times given in the rule set (the shipped set has none).</summary>
    public ShiftTimes ShiftTimes { get; }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<WorkingTimeRule> Rules { get; }

    /// <summary>Reads a rule set; every problem names the rule and key (or the line, for broken JSON).</summary>
    public static PlanningOutcome<WorkingTimeRuleSet> Parse(PlanningFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return PlanningOutcome<WorkingTimeRuleSet>.Failure(new PlanningIssue(file.Name, (int?)e.LineNumber + 1, $"not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var issues = new List<PlanningIssue>();
            var set = Read(document.RootElement, new Reader(file.Name, issues));
            return set is not null && issues.Count == 0 ? PlanningOutcome<WorkingTimeRuleSet>.Success(set) : PlanningOutcome<WorkingTimeRuleSet>.Failure(issues);
        }
    }

    private static WorkingTimeRuleSet LoadDefault()
    {
        using var stream = typeof(WorkingTimeRuleSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its working-time rule set ({ResourceName}).");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var outcome = Parse(PlanningFile.FromBytes("workingTimeRules", "content/planning/working-time-nl-1.0.json", memory.ToArray()));
        return outcome.Value ?? throw new InvalidOperationException("The shipped working-time rule set is invalid: " + string.Join("; ", outcome.Issues));
    }
}
