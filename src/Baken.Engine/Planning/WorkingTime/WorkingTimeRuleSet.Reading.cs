using System.Text.Json;

namespace Baken.Engine.Planning.WorkingTime;

public sealed partial class WorkingTimeRuleSet
{
    private static WorkingTimeRuleSet? Read(JsonElement root, Reader r)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            r.Issue("the rule set must be a JSON object.");
            return null;
        }

        var id = r.Text(root, "id", "the rule set");
        var version = r.Text(root, "version", "the rule set");
        var title = r.Text(root, "title", "the rule set");
        var status = r.Text(root, "status", "the rule set");
        var weekStart = DayOfWeek.Sunday;
        if (!root.TryGetProperty("week", out var week) || !Enum.TryParse(r.Text(week, "startsOn", "week"), ignoreCase: false, out weekStart))
        {
            r.Issue("week.startsOn must be an English day name (e.g. Sunday): the weekly limits depend on it.");
        }

        var shiftTimes = ShiftTimes.None;
        if (root.TryGetProperty("shiftTimes", out var times))
        {
            shiftTimes = times.ValueKind == JsonValueKind.Object
                ? ShiftTimes.Parse(times.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ToString())), out var error) ?? Failed(r, error!)
                : Failed(r, "shiftTimes must be an object of name: \"HH:MM-HH:MM\".");
        }

        var rules = new List<WorkingTimeRule>();
        if (!root.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            r.Issue("'rules' must be a list.");
        }
        else
        {
            foreach (var element in list.EnumerateArray())
            {
                if (Rule(element, r) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }

        if (rules.GroupBy(x => x.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            r.Issue($"rule id '{twice.Key}' occurs twice.");
        }

        return r.Failed ? null : new WorkingTimeRuleSet(id!, version!, title!, status!, weekStart, shiftTimes, rules);
    }

    private static ShiftTimes Failed(Reader r, string message)
    {
        r.Issue(message);
        return ShiftTimes.None;
    }

    private static WorkingTimeRule? Rule(JsonElement e, Reader r)
    {
        var id = r.Text(e, "id", "a rule") ?? "?";
        var at = $"rule '{id}'";
        var (kind, article, summary, status) = (r.Text(e, "kind", at), r.Text(e, "article", at), r.Text(e, "summary", at), r.Text(e, "status", at));
        if (kind is null || article is null || summary is null || status is null)
        {
            return null;
        }

        switch (kind)
        {
            case Kinds.MinimumDailyRest:
                var minimum = r.Positive(e, "minimumHours", at);
                var shortened = r.Positive(e, "shortenedMinimumHours", at);
                var times = r.Positive(e, "shortenedAtMostTimes", at, whole: true, zeroAllowed: true);
                var within = r.Positive(e, "shortenedWithinHours", at);
                return r.Failed ? null : new DailyRestRule(id, article, summary, status, minimum, shortened, (int)times, within);
            case Kinds.MinimumWeeklyRest:
                var alternatives = new List<WeeklyRestAlternative>();
                if (!e.TryGetProperty("alternatives", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
                {
                    r.Issue($"{at}: 'alternatives' must be a non-empty list.");
                    return null;
                }

                foreach (var a in list.EnumerateArray())
                {
                    alternatives.Add(new WeeklyRestAlternative(r.Positive(a, "periodHours", at), r.Positive(a, "minimumRestHours", at), r.Positive(a, "minimumPartHours", at)));
                }

                return r.Failed ? null : new WeeklyRestRule(id, article, summary, status, alternatives);
            case Kinds.MaximumShiftLength:
                var shift = r.Positive(e, "maximumHours", at);
                return r.Failed ? null : new ShiftLengthRule(id, article, summary, status, shift);
            case Kinds.MaximumWeeklyHours:
                var weekly = r.Positive(e, "maximumHours", at);
                return r.Failed ? null : new WeeklyHoursRule(id, article, summary, status, weekly);
            case Kinds.MaximumAverageWeeklyHours:
                var weeks = r.Positive(e, "weeks", at, whole: true);
                var average = r.Positive(e, "maximumAverageHours", at);
                return r.Failed ? null : new AverageWeeklyHoursRule(id, article, summary, status, (int)weeks, average);
            default:
                r.Issue($"{at}: kind '{kind}' is not one Baken interprets ({string.Join(", ", Kinds.MinimumDailyRest, Kinds.MinimumWeeklyRest, Kinds.MaximumShiftLength, Kinds.MaximumWeeklyHours, Kinds.MaximumAverageWeeklyHours)}).");
                return null;
        }
    }

    private sealed class Reader(string file, List<PlanningIssue> issues)
    {
        public bool Failed => issues.Count > 0;

        public void Issue(string message) => issues.Add(new PlanningIssue(file, null, message));

        public string? Text(JsonElement e, string name, string at)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && p.GetString()!.Trim().Length > 0)
            {
                return p.GetString();
            }

            Issue($"{at}: '{name}' must be a non-empty text.");
            return null;
        }

        public double Positive(JsonElement e, string name, string at, bool whole = false, bool zeroAllowed = false)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number
                && p.GetDouble() is var v && (v > 0 || (zeroAllowed && v == 0)) && (!whole || v % 1 == 0))
            {
                return v;
            }

            Issue($"{at}: '{name}' must be a {(whole ? "whole " : "")}number{(zeroAllowed ? " of at least 0" : " above 0")}.");
            return 0;
        }
    }
}
