namespace Baken.Engine.Planning.WorkingTime;

public static partial class WorkingTimeChecker
{
    private const double HoursPerWeek = 168;

    private static (RuleCoverage, string?) WeeklyHours(
        WeeklyHoursRule rule, DayOfWeek weekStart, List<(string Worker, List<WorkPeriod> Periods)> workers, WorkingTimeHorizon horizon, List<WorkingTimeViolation> found)
    {
        var windows = Windows(weekStart, 1, horizon);
        foreach (var (worker, periods) in workers)
        {
            foreach (var (from, to, _) in windows)
            {
                var hours = Overlap(periods, from, to);
                if (hours > rule.MaximumHours + Eps)
                {
                    found.Add(new WorkingTimeViolation(rule.Id, worker, from, to, hours, rule.MaximumHours,
                        $"{H(hours)} in the week from {horizon.Describe(Math.Max(from, horizon.Start))}, more than {H(rule.MaximumHours)}."));
                }
            }
        }

        return windows.Any(w => w.Full) ? (RuleCoverage.Full, windows.All(w => w.Full) ? null : "weeks only partly inside the plan count their known hours only")
            : (RuleCoverage.Partial, "no whole week lies inside the plan; only known hours are counted");
    }

    private static (RuleCoverage, string?) AverageHours(
        AverageWeeklyHoursRule rule, DayOfWeek weekStart, List<(string Worker, List<WorkPeriod> Periods)> workers, WorkingTimeHorizon horizon, List<WorkingTimeViolation> found)
    {
        var windows = Windows(weekStart, rule.Weeks, horizon);
        var limit = rule.Weeks * rule.MaximumAverageHours;
        foreach (var (worker, periods) in workers)
        {
            // Overlapping runs of weeks would repeat one excess; the worst run is reported.
            var worst = windows.Select(w => (w.From, w.To, Hours: Overlap(periods, w.From, w.To))).MaxBy(w => w.Hours);
            if (worst.Hours > limit + Eps)
            {
                found.Add(new WorkingTimeViolation(rule.Id, worker, worst.From, worst.To, worst.Hours / rule.Weeks, rule.MaximumAverageHours,
                    $"{H(worst.Hours)} in {rule.Weeks} weeks from {horizon.Describe(Math.Max(worst.From, horizon.Start))}: on average more than {H(rule.MaximumAverageHours)} a week."));
            }
        }

        return windows.Any(w => w.Full) ? (RuleCoverage.Full, null)
            : (RuleCoverage.Partial, $"the plan is shorter than {rule.Weeks} weeks: a violation is reported only when the known hours already exceed {H(limit)}");
    }

    private static (RuleCoverage, string?) WeeklyRest(WeeklyRestRule rule, List<(string Worker, List<WorkPeriod> Periods)> workers, WorkingTimeHorizon horizon, List<WorkingTimeViolation> found)
    {
        var length = horizon.End - horizon.Start;
        var judged = rule.Alternatives.Where(a => a.PeriodHours <= length + Eps).ToList();
        if (judged.Count == 0)
        {
            return (RuleCoverage.NotEvaluated, $"the plan is shorter than {H(rule.Alternatives.Min(a => a.PeriodHours))}");
        }

        var possible = 0;
        var primary = judged[0];
        foreach (var (worker, periods) in workers)
        {
            if (judged.Any(a => Failing(a, periods, horizon).Count == 0))
            {
                continue;
            }

            if (judged.Count < rule.Alternatives.Count)
            {
                possible++;
                continue;
            }

            var reportedUntil = double.NegativeInfinity;
            foreach (var (from, longest) in Failing(primary, periods, horizon).Where(f => f.From >= reportedUntil))
            {
                found.Add(new WorkingTimeViolation(rule.Id, worker, from, from + primary.PeriodHours, longest, primary.MinimumRestHours,
                    $"no rest of {H(primary.MinimumRestHours)} in the {H(primary.PeriodHours)} from {horizon.Describe(from)} (longest {H(longest)}), and no alternative of the rule holds either."));
                reportedUntil = from + primary.PeriodHours;
            }
        }

        return judged.Count == rule.Alternatives.Count ? (RuleCoverage.Full, "windows reaching beyond the plan are not judged")
            : (RuleCoverage.Partial, $"the plan is too short for every alternative of the rule; {possible} person(s) fail the alternatives that could be judged");
    }

    // Windows of the alternative's length that fail it: rests of at least the part length must add up to the minimum.
    private static List<(double From, double Longest)> Failing(WeeklyRestAlternative alternative, List<WorkPeriod> periods, WorkingTimeHorizon horizon)
    {
        var starts = new SortedSet<double>();
        for (var t = horizon.Start; t <= horizon.End - alternative.PeriodHours + Eps; t += 24)
        {
            starts.Add(t);
        }

        foreach (var p in periods.Where(p => p.End >= horizon.Start && p.End <= horizon.End - alternative.PeriodHours + Eps))
        {
            starts.Add(p.End);
        }

        var failing = new List<(double, double)>();
        foreach (var from in starts)
        {
            var to = from + alternative.PeriodHours;
            var (total, longest, restStart) = (0.0, 0.0, from);
            foreach (var p in periods.Where(p => p.End > from && p.Start < to))
            {
                Rest(Math.Max(p.Start, from) - restStart);
                restStart = Math.Max(restStart, p.End);
            }

            Rest(to - restStart);
            if (total < alternative.MinimumRestHours - Eps)
            {
                failing.Add((from, longest));
            }

            void Rest(double hours)
            {
                longest = Math.Max(longest, hours);
                total += hours >= alternative.MinimumPartHours - Eps ? hours : 0;
            }
        }

        return failing;
    }

    // Runs of `weeks` consecutive weeks (from the rule set's first weekday) that meet the plan; Full when inside it.
    // Without a calendar the plan is one window of its own.
    private static List<(double From, double To, bool Full)> Windows(DayOfWeek weekStart, int weeks, WorkingTimeHorizon horizon)
    {
        if (horizon.FirstDay is not { } first)
        {
            return [(horizon.Start, horizon.End, horizon.End - horizon.Start >= (weeks * HoursPerWeek) - Eps)];
        }

        var firstBoundary = horizon.Start - (24 * (((int)first - (int)weekStart + 7) % 7));
        var windows = new List<(double, double, bool)>();
        for (var from = firstBoundary - ((weeks - 1) * HoursPerWeek); from < horizon.End - Eps; from += HoursPerWeek)
        {
            var to = from + (weeks * HoursPerWeek);
            windows.Add((from, to, from >= horizon.Start - Eps && to <= horizon.End + Eps));
        }

        return windows;
    }

    private static double Overlap(List<WorkPeriod> periods, double from, double to) =>
        periods.Sum(p => Math.Max(0, Math.Min(p.End, to) - Math.Max(p.Start, from)));
}
