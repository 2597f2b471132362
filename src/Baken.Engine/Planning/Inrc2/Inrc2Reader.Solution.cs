namespace Baken.Engine.Planning.Inrc2;

public static partial class Inrc2Reader
{
    /// <summary>Reads a solution file (Sol-*.txt): the assignments of one week.</summary>
    public static PlanningOutcome<Inrc2Solution> ReadSolution(PlanningFile file, Inrc2Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new Inrc2Text(file);
        return Done(text, Solution(text, file.Name, scenario));
    }

    private static Inrc2Solution? Solution(Inrc2Text text, string name, Inrc2Scenario scenario)
    {
        if (!text.Keyword("SOLUTION") || !text.Next("'<week> <data set>'", out var header) || !text.Tokens(header, 2, "'<week> <data set>'")
            || !text.Int(header.Tokens[0], header.Number, "the week", out var week) || !SameDataset(text, header.Tokens[1], header.Number, scenario)
            || !text.KeyCount("ASSIGNMENTS", out var count))
        {
            return null;
        }

        var assignments = new List<Inrc2Assignment>(count);
        for (var i = 0; i < count; i++)
        {
            if (!text.Next($"assignment {i + 1} of {count}", out var line) || !text.Tokens(line, 4, "'<nurse> <day> <shift> <skill>'"))
            {
                return null;
            }

            var t = line.Tokens;
            var nurse = scenario.NurseIndex(t[0]);
            var shift = scenario.ShiftIndex(t[2]);
            var skill = scenario.SkillIndex(t[3]);
            if (!text.Known(nurse, t[0], line.Number, "nurse", scenario.Nurses.Select(n => n.Name))
                || !text.Day(t[1], line.Number, out var day)
                || !text.Known(shift, t[2], line.Number, "shift type", scenario.ShiftTypes.Select(s => s.Name))
                || !text.Known(skill, t[3], line.Number, "skill", scenario.Skills))
            {
                return null;
            }

            assignments.Add(new Inrc2Assignment(nurse, day, shift, skill, line.Number));
        }

        // Solvers append their own lines (e.g. "Viol: 0", "Cost: 575"); the validator reads the stated number of assignments only.
        return new Inrc2Solution(week, name, assignments);
    }
}
