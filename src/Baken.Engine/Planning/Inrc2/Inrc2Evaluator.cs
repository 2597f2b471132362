namespace Baken.Engine.Planning.Inrc2;

/// <summary>
/// Evaluates an INRC-II solution over all its weeks as one horizon with the initial history as its
/// border, reproducing the official validator's hard counts and cost lines (Ceschia et al. 2015,
/// section 2 and appendix B). Hard violations are counted and listed, never priced into the total.
/// Where the specification leaves it open, the evaluator follows what the validator's recorded outputs
/// show: nurses missing below the minimum are not charged again as optimal coverage.
/// </summary>
public static class Inrc2Evaluator
{
    /// <summary>Evaluates the solutions, one per week of <paramref name="instance"/>, in order.</summary>
    public static Inrc2Evaluation Evaluate(Inrc2Instance instance, IReadOnlyList<Inrc2Solution> solutions)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(solutions);
        if (solutions.Count != instance.Weeks.Count)
        {
            throw new ArgumentException($"{solutions.Count} solutions for {instance.Weeks.Count} weeks.", nameof(solutions));
        }

        var scenario = instance.Scenario;
        var (nurses, days, shifts, skills) = (scenario.Nurses.Count, instance.Days, scenario.ShiftTypes.Count, scenario.Skills.Count);
        var roster = new int[nurses * days];
        Array.Fill(roster, -1);
        var counts = new int[instance.Weeks.Count * Inrc2Week.CellCount(shifts, skills)];
        var hard = new List<Inrc2HardViolation>();
        var assignments = 0;
        for (var w = 0; w < solutions.Count; w++)
        {
            foreach (var a in solutions[w].Assignments)
            {
                assignments++;
                counts[(w * Inrc2Week.CellCount(shifts, skills)) + (((a.Day * shifts) + a.Shift) * skills) + a.Skill]++;
                if (!scenario.Nurses[a.Nurse].HasSkill(a.Skill))
                {
                    hard.Add(new Inrc2HardViolation(Inrc2ViolationTypes.MissingSkill, w, a.Day, a.Shift) { Nurse = a.Nurse, Skill = a.Skill, Line = a.Line });
                }

                ref var slot = ref roster[(a.Nurse * days) + (7 * w) + a.Day];
                if (slot >= 0)
                {
                    hard.Add(new Inrc2HardViolation(Inrc2ViolationTypes.DoubleAssignment, w, a.Day, a.Shift) { Nurse = a.Nurse, Line = a.Line });
                }
                else
                {
                    slot = a.Shift;
                }
            }
        }

        var coverage = Inrc2Coverage.Evaluate(instance, counts, hard);
        Successions(instance, roster, hard);
        var perNurse = new Inrc2NurseCosts[nurses];
        var (requests, violatedRequests) = (0, 0);
        for (var n = 0; n < nurses; n++)
        {
            var row = roster.AsSpan(n * days, days);
            var (asked, violated) = Requests(instance, n, row);
            (requests, violatedRequests) = (requests + asked, violatedRequests + violated);
            perNurse[n] = NurseCosts(instance, n, row, violated);
        }

        return new Inrc2Evaluation
        {
            Instance = instance,
            Hard = new Inrc2HardCounts(
                hard.Where(v => v.Type == Inrc2ViolationTypes.UnderStaffing).Sum(v => v.Count),
                hard.Count(v => v.Type == Inrc2ViolationTypes.MissingSkill),
                hard.Count(v => v.Type == Inrc2ViolationTypes.ForbiddenSuccession),
                hard.Count(v => v.Type == Inrc2ViolationTypes.DoubleAssignment)),
            Soft = new Inrc2SoftCosts(
                perNurse.Sum(c => c.TotalAssignments), perNurse.Sum(c => c.ConsecutiveSameShift), perNurse.Sum(c => c.ConsecutiveWorkingDays),
                perNurse.Sum(c => c.NonWorkingDays), perNurse.Sum(c => c.Preferences), perNurse.Sum(c => c.MaxWorkingWeekends),
                perNurse.Sum(c => c.CompleteWeekends), coverage.OptimalCoverageCost),
            HardViolations = hard,
            PerNurse = perNurse,
            CoverageBySkill = coverage.BySkill,
            Roster = roster,
            Assignments = assignments,
            SurplusAssignments = coverage.Surplus,
            ShiftOffRequests = requests,
            ShiftOffRequestsViolated = violatedRequests,
            ShortfallPerDay = coverage.ShortfallPerDay,
        };
    }

    // H3, including the history's last shift before Monday of the first week.
    private static void Successions(Inrc2Instance instance, int[] roster, List<Inrc2HardViolation> hard)
    {
        var days = instance.Days;
        for (var n = 0; n < instance.Scenario.Nurses.Count; n++)
        {
            var previous = instance.History.Nurses[n].LastShift;
            for (var d = 0; d < days; d++)
            {
                var shift = roster[(n * days) + d];
                if (shift >= 0 && previous >= 0 && instance.Scenario.IsForbidden(previous, shift))
                {
                    hard.Add(new Inrc2HardViolation(Inrc2ViolationTypes.ForbiddenSuccession, d / 7, d % 7, shift) { Nurse = n, Previous = previous });
                }

                previous = shift;
            }
        }
    }

    // S4: each request the roster goes against costs one unit.
    private static (int Asked, int Violated) Requests(Inrc2Instance instance, int nurse, ReadOnlySpan<int> row)
    {
        var (asked, violated) = (0, 0);
        for (var w = 0; w < instance.Weeks.Count; w++)
        {
            foreach (var r in instance.Weeks[w].ShiftOffRequests)
            {
                if (r.Nurse != nurse)
                {
                    continue;
                }

                asked++;
                var shift = row[(7 * w) + r.Day];
                violated += shift >= 0 && (r.Shift < 0 || r.Shift == shift) ? 1 : 0;
            }
        }

        return (asked, violated);
    }

    private static Inrc2NurseCosts NurseCosts(Inrc2Instance instance, int n, ReadOnlySpan<int> row, int violatedRequests)
    {
        var scenario = instance.Scenario;
        var history = instance.History.Nurses[n];
        var contract = scenario.Contracts[scenario.Nurses[n].Contract];
        Span<bool> kind = stackalloc bool[row.Length];

        var worked = 0;
        for (var d = 0; d < row.Length; d++)
        {
            kind[d] = row[d] >= 0;
            worked += kind[d] ? 1 : 0;
        }

        var workRun = history.LastShift >= 0 ? history.ConsecutiveWorkingDays : 0;
        var workingDays = Inrc2Series.Cost(kind, workRun, contract.MinConsecutiveWorkingDays, contract.MaxConsecutiveWorkingDays);
        for (var d = 0; d < row.Length; d++)
        {
            kind[d] = !kind[d];
        }

        var offRun = history.LastShift < 0 ? history.ConsecutiveDaysOff : 0;
        var daysOff = Inrc2Series.Cost(kind, offRun, contract.MinConsecutiveDaysOff, contract.MaxConsecutiveDaysOff);

        var sameShift = 0;
        for (var s = 0; s < scenario.ShiftTypes.Count; s++)
        {
            for (var d = 0; d < row.Length; d++)
            {
                kind[d] = row[d] == s;
            }

            var type = scenario.ShiftTypes[s];
            sameShift += Inrc2Series.Cost(kind, history.LastShift == s ? history.ConsecutiveSameShift : 0, type.MinConsecutive, type.MaxConsecutive);
        }

        var (weekends, incomplete) = (0, 0);
        for (var w = 0; w < instance.Weeks.Count; w++)
        {
            var (saturday, sunday) = (row[(7 * w) + 5] >= 0, row[(7 * w) + 6] >= 0);
            weekends += saturday || sunday ? 1 : 0;
            incomplete += contract.CompleteWeekends && saturday != sunday ? 1 : 0;
        }

        var total = history.TotalAssignments + worked;
        return new Inrc2NurseCosts(
            n, worked, weekends,
            Inrc2Weights.TotalAssignments * (Math.Max(0, contract.MinAssignments - total) + Math.Max(0, total - contract.MaxAssignments)),
            Inrc2Weights.ConsecutiveSameShift * sameShift,
            Inrc2Weights.ConsecutiveWorkingDays * workingDays,
            Inrc2Weights.ConsecutiveDaysOff * daysOff,
            Inrc2Weights.Preferences * violatedRequests,
            Inrc2Weights.WorkingWeekends * Math.Max(0, history.WorkingWeekends + weekends - contract.MaxWorkingWeekends),
            Inrc2Weights.CompleteWeekends * incomplete);
    }
}
