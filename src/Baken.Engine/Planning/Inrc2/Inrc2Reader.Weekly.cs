namespace Baken.Engine.Planning.Inrc2;

public static partial class Inrc2Reader
{
    /// <summary>Reads a history file (H0-*.txt): one line per nurse of the scenario.</summary>
    public static PlanningOutcome<Inrc2History> ReadHistory(PlanningFile file, Inrc2Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new Inrc2Text(file);
        return Done(text, History(text, scenario));
    }

    /// <summary>Reads a week-data file (WD-*.txt).</summary>
    public static PlanningOutcome<Inrc2Week> ReadWeek(PlanningFile file, Inrc2Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new Inrc2Text(file);
        return Done(text, Week(text, scenario));
    }

    private static Inrc2History? History(Inrc2Text text, Inrc2Scenario scenario)
    {
        if (!text.Keyword("HISTORY") || !text.Next("'<week> <data set>'", out var header) || !text.Tokens(header, 2, "'<week> <data set>'")
            || !text.Int(header.Tokens[0], header.Number, "the week", out var week) || !SameDataset(text, header.Tokens[1], header.Number, scenario)
            || !text.Keyword("NURSE_HISTORY"))
        {
            return null;
        }

        var nurses = new Inrc2NurseHistory?[scenario.Nurses.Count];
        while (!text.AtEnd)
        {
            text.Next("a nurse's history", out var line);
            if (!text.Tokens(line, 7, "'<nurse> <assignments> <working weekends> <last shift or None> <same-shift days> <working days> <days off>'"))
            {
                return null;
            }

            var t = line.Tokens;
            var nurse = scenario.NurseIndex(t[0]);
            var last = t[3].Equals("None", StringComparison.OrdinalIgnoreCase) ? -1 : scenario.ShiftIndex(t[3]);
            if (!(text.Known(nurse, t[0], line.Number, "nurse", scenario.Nurses.Select(n => n.Name))
                && (last >= 0 || t[3].Equals("None", StringComparison.OrdinalIgnoreCase) || text.Known(last, t[3], line.Number, "shift type (or None)", scenario.ShiftTypes.Select(s => s.Name)))
                && text.Int(t[1], line.Number, "the assignments so far", out var total)
                && text.Int(t[2], line.Number, "the working weekends so far", out var weekends)
                && text.Int(t[4], line.Number, "the consecutive same-shift days", out var same)
                && text.Int(t[5], line.Number, "the consecutive working days", out var work)
                && text.Int(t[6], line.Number, "the consecutive days off", out var off)))
            {
                return null;
            }

            if (nurses[nurse] is not null)
            {
                text.Fail(line.Number, $"nurse '{t[0]}' has a second history line.");
                return null;
            }

            nurses[nurse] = new Inrc2NurseHistory(total, weekends, last, same, work, off);
        }

        var missing = Array.FindIndex(nurses, n => n is null);
        if (missing >= 0)
        {
            text.Fail(null, $"nurse '{scenario.Nurses[missing].Name}' of the scenario has no history line.");
            return null;
        }

        return new Inrc2History(week, [.. nurses.Select(n => n!)]);
    }

    private static Inrc2Week? Week(Inrc2Text text, Inrc2Scenario scenario)
    {
        if (!text.Keyword("WEEK_DATA") || !text.Next("the data set name", out var header) || !text.Tokens(header, 1, "the data set name")
            || !SameDataset(text, header.Tokens[0], header.Number, scenario) || !text.Keyword("REQUIREMENTS"))
        {
            return null;
        }

        var (shifts, skills) = (scenario.ShiftTypes.Count, scenario.Skills.Count);
        var minimum = new int[Inrc2Week.CellCount(shifts, skills)];
        var optimal = new int[minimum.Length];
        var seen = new HashSet<(int, int)>();
        while (true)
        {
            if (!text.Next("'SHIFT_OFF_REQUESTS = k'", out var line))
            {
                return null;
            }

            if (line.Tokens[0].StartsWith("SHIFT_OFF_REQUESTS", StringComparison.OrdinalIgnoreCase))
            {
                return Requests(text, line, scenario, minimum, optimal);
            }

            if (!text.Tokens(line, 9, "'<shift> <skill> (min,opt) x 7' or 'SHIFT_OFF_REQUESTS = k'"))
            {
                return null;
            }

            var shift = scenario.ShiftIndex(line.Tokens[0]);
            var skill = scenario.SkillIndex(line.Tokens[1]);
            if (!text.Known(shift, line.Tokens[0], line.Number, "shift type", scenario.ShiftTypes.Select(s => s.Name))
                || !text.Known(skill, line.Tokens[1], line.Number, "skill", scenario.Skills))
            {
                return null;
            }

            if (!seen.Add((shift, skill)))
            {
                text.Fail(line.Number, $"a second requirement line for {line.Tokens[0]} {line.Tokens[1]}.");
                return null;
            }

            for (var day = 0; day < 7; day++)
            {
                if (!text.Pair(line.Tokens[2 + day], line.Number, $"the {Inrc2Text.DayNames[day]} requirement", out var min, out var opt))
                {
                    return null;
                }

                var cell = (((day * shifts) + shift) * skills) + skill;
                (minimum[cell], optimal[cell]) = (min, opt);
            }
        }
    }

    private static Inrc2Week? Requests(Inrc2Text text, TextLine first, Inrc2Scenario scenario, int[] minimum, int[] optimal)
    {
        var joined = string.Join(' ', first.Tokens);
        var eq = joined.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            text.Fail(first.Number, "expected 'SHIFT_OFF_REQUESTS = k'.");
            return null;
        }

        if (!text.Int(joined[(eq + 1)..].Trim(), first.Number, "the number after 'SHIFT_OFF_REQUESTS ='", out var count))
        {
            return null;
        }

        var requests = new List<Inrc2ShiftOffRequest>();
        for (var i = 0; i < count; i++)
        {
            if (!text.Next("a shift-off request", out var line) || !text.Tokens(line, 3, "'<nurse> <shift or Any> <day>'"))
            {
                return null;
            }

            var nurse = scenario.NurseIndex(line.Tokens[0]);
            var any = line.Tokens[1].Equals("Any", StringComparison.OrdinalIgnoreCase);
            var shift = any ? -1 : scenario.ShiftIndex(line.Tokens[1]);
            if (!text.Known(nurse, line.Tokens[0], line.Number, "nurse", scenario.Nurses.Select(n => n.Name))
                || (!any && !text.Known(shift, line.Tokens[1], line.Number, "shift type (or Any)", scenario.ShiftTypes.Select(s => s.Name)))
                || !text.Day(line.Tokens[2], line.Number, out var day))
            {
                return null;
            }

            requests.Add(new Inrc2ShiftOffRequest(nurse, shift, day));
        }

        return text.End() ? new Inrc2Week(scenario.ShiftTypes.Count, scenario.Skills.Count, minimum, optimal, requests) : null;
    }
}
