namespace Baken.Engine.Planning.Inrc2;

public static partial class Inrc2Reader
{
    /// <summary>Reads a scenario file (Sc-*.txt).</summary>
    public static PlanningOutcome<Inrc2Scenario> ReadScenario(PlanningFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = new Inrc2Text(file);
        return Done(text, Scenario(text));
    }

    private static Inrc2Scenario? Scenario(Inrc2Text text)
    {
        if (!text.KeyValue("SCENARIO", out var name, out _) || !text.KeyCount("WEEKS", out var weeks) || !text.KeyCount("SKILLS", out var skillCount))
        {
            return null;
        }

        var skills = new List<string>();
        for (var i = 0; i < skillCount; i++)
        {
            if (!text.Next("a skill name", out var line) || !text.Tokens(line, 1, "one skill name"))
            {
                return null;
            }

            skills.Add(line.Tokens[0]);
        }

        if (!text.KeyCount("SHIFT_TYPES", out var shiftCount))
        {
            return null;
        }

        var shifts = new List<Inrc2ShiftType>();
        for (var i = 0; i < shiftCount; i++)
        {
            if (!text.Next("a shift type", out var line) || !text.Tokens(line, 2, "'<shift> (<min>,<max>)'")
                || !text.Pair(line.Tokens[1], line.Number, "the consecutive-assignment limits", out var min, out var max))
            {
                return null;
            }

            shifts.Add(new Inrc2ShiftType(line.Tokens[0], min, max));
        }

        var forbidden = Forbidden(text, shifts);
        if (forbidden is null || !text.KeyCount("CONTRACTS", out var contractCount))
        {
            return null;
        }

        var contracts = new List<Inrc2Contract>();
        for (var i = 0; i < contractCount; i++)
        {
            if (Contract(text) is not { } contract)
            {
                return null;
            }

            contracts.Add(contract);
        }

        var nurses = Nurses(text, contracts, skills);
        return nurses is not null && text.End() ? new Inrc2Scenario(name, weeks, skills, shifts, forbidden, contracts, nurses) : null;
    }

    private static bool[]? Forbidden(Inrc2Text text, List<Inrc2ShiftType> shifts)
    {
        if (!text.Keyword("FORBIDDEN_SHIFT_TYPES_SUCCESSIONS"))
        {
            return null;
        }

        var forbidden = new bool[shifts.Count * shifts.Count];
        var index = (string name) => shifts.FindIndex(s => s.Name == name);
        for (var i = 0; i < shifts.Count; i++)
        {
            if (!text.Next("a forbidden-succession line", out var line) || !text.Tokens(line, 2, "'<shift> <k> <k shift names>'", exact: false))
            {
                return null;
            }

            var from = index(line.Tokens[0]);
            if (!text.Known(from, line.Tokens[0], line.Number, "shift type", shifts.Select(s => s.Name))
                || !text.Int(line.Tokens[1], line.Number, "the number of forbidden successors", out var k)
                || !text.Tokens(line, 2 + k, $"{k} shift names after '{line.Tokens[0]} {k}'"))
            {
                return null;
            }

            foreach (var name in line.Tokens.Skip(2))
            {
                var to = index(name);
                if (!text.Known(to, name, line.Number, "shift type", shifts.Select(s => s.Name)))
                {
                    return null;
                }

                forbidden[(from * shifts.Count) + to] = true;
            }
        }

        return forbidden;
    }

    private static Inrc2Contract? Contract(Inrc2Text text)
    {
        const string Shape = "'<name> (<min>,<max>) (<min>,<max>) (<min>,<max>) <max weekends> <complete weekends 0/1>'";
        if (!text.Next("a contract", out var line) || !text.Tokens(line, 6, Shape))
        {
            return null;
        }

        var t = line.Tokens;
        if (!(text.Pair(t[1], line.Number, "the total-assignment limits", out var minTotal, out var maxTotal)
            && text.Pair(t[2], line.Number, "the consecutive-working-day limits", out var minWork, out var maxWork)
            && text.Pair(t[3], line.Number, "the consecutive-day-off limits", out var minOff, out var maxOff)
            && text.Int(t[4], line.Number, "the maximum of working weekends", out var weekends)
            && text.Int(t[5], line.Number, "complete weekends", out var complete)))
        {
            return null;
        }

        if (complete is not (0 or 1))
        {
            text.Fail(line.Number, $"complete weekends must be 0 or 1, found {complete}.");
            return null;
        }

        return new Inrc2Contract(t[0], minTotal, maxTotal, minWork, maxWork, minOff, maxOff, weekends, complete == 1);
    }

    private static List<Inrc2Nurse>? Nurses(Inrc2Text text, List<Inrc2Contract> contracts, List<string> skills)
    {
        if (!text.KeyCount("NURSES", out var count))
        {
            return null;
        }

        var nurses = new List<Inrc2Nurse>();
        for (var i = 0; i < count; i++)
        {
            if (!text.Next("a nurse", out var line) || !text.Tokens(line, 3, "'<name> <contract> <k> <k skills>'", exact: false))
            {
                return null;
            }

            var contract = contracts.FindIndex(c => c.Name == line.Tokens[1]);
            if (!text.Known(contract, line.Tokens[1], line.Number, "contract", contracts.Select(c => c.Name))
                || !text.Int(line.Tokens[2], line.Number, "the number of skills", out var k)
                || !text.Tokens(line, 3 + k, $"{k} skill names after the contract"))
            {
                return null;
            }

            var own = new List<int>();
            foreach (var name in line.Tokens.Skip(3))
            {
                var skill = skills.IndexOf(name);
                if (!text.Known(skill, name, line.Number, "skill", skills))
                {
                    return null;
                }

                own.Add(skill);
            }

            if (nurses.Any(n => n.Name == line.Tokens[0]))
            {
                text.Fail(line.Number, $"nurse '{line.Tokens[0]}' is listed twice.");
                return null;
            }

            nurses.Add(new Inrc2Nurse(line.Tokens[0], contract, own));
        }

        return nurses;
    }
}
