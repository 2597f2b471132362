using System.Globalization;

namespace Baken.Engine.Planning.WorkingTime;

/// <summary>
/// Applies a working-time rule set (content/planning) to people's working periods. Each rule kind has one
/// interpretation here, written down in the rule set's "interpretation" text; the limits all come from
/// the rule set. Where the plan is shorter than a rule's period, only violations that are certain
/// whatever happens outside the plan are reported, and the rule is marked partial.
/// </summary>
public static partial class WorkingTimeChecker
{
    private const double Eps = 1e-9;

    /// <summary>Checks every person against every rule.</summary>
    public static WorkingTimeResult Check(WorkingTimeRuleSet ruleSet, IReadOnlyList<WorkerSchedule> workers, WorkingTimeHorizon horizon, string? timesUsed = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(workers);
        ArgumentNullException.ThrowIfNull(horizon);
        var merged = workers.Select(w => (w.Worker, Periods: Merge(w.Periods))).ToList();
        var violations = new List<WorkingTimeViolation>();
        var outcomes = new List<WorkingTimeRuleOutcome>();
        foreach (var rule in ruleSet.Rules)
        {
            var found = new List<WorkingTimeViolation>();
            var (coverage, note) = rule switch
            {
                ShiftLengthRule r => ShiftLength(r, merged, horizon, found),
                DailyRestRule r => DailyRest(r, merged, horizon, found),
                WeeklyHoursRule r => WeeklyHours(r, ruleSet.WeekStartsOn, merged, horizon, found),
                AverageWeeklyHoursRule r => AverageHours(r, ruleSet.WeekStartsOn, merged, horizon, found),
                WeeklyRestRule r => WeeklyRest(r, merged, horizon, found),
                _ => (RuleCoverage.NotEvaluated, $"kind '{rule.Kind}' has no interpretation"),
            };
            outcomes.Add(new WorkingTimeRuleOutcome(rule, coverage, note, found.Count, found.Select(v => v.Worker).Distinct().Count()));
            violations.AddRange(found);
        }

        return new WorkingTimeResult(ruleSet, true, null, workers.Count, outcomes, violations, timesUsed);
    }

    // Periods that touch or overlap are one shift (dienst): there is no rest between them.
    private static List<WorkPeriod> Merge(IReadOnlyList<WorkPeriod> periods)
    {
        var merged = new List<WorkPeriod>();
        foreach (var p in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End + Eps)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, p.End), Label = $"{last.Label} + {p.Label}" };
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }

    private static (RuleCoverage, string?) ShiftLength(ShiftLengthRule rule, List<(string Worker, List<WorkPeriod> Periods)> workers, WorkingTimeHorizon horizon, List<WorkingTimeViolation> found)
    {
        foreach (var (worker, periods) in workers)
        {
            foreach (var p in periods.Where(p => p.End - p.Start > rule.MaximumHours + Eps))
            {
                found.Add(new WorkingTimeViolation(rule.Id, worker, p.Start, p.End, p.End - p.Start, rule.MaximumHours,
                    $"{p.Label} ({horizon.Describe(p.Start)} to {horizon.Describe(p.End)}) lasts {H(p.End - p.Start)}, more than {H(rule.MaximumHours)}."));
            }
        }

        return (RuleCoverage.Full, null);
    }

    private static (RuleCoverage, string?) DailyRest(DailyRestRule rule, List<(string Worker, List<WorkPeriod> Periods)> workers, WorkingTimeHorizon horizon, List<WorkingTimeViolation> found)
    {
        if (workers.All(w => w.Periods.Count < 2))
        {
            return (RuleCoverage.NotEvaluated, "no one has two working periods in the plan, so there is no rest between them to check");
        }

        foreach (var (worker, periods) in workers)
        {
            var shortened = new List<double>();
            for (var k = 1; k < periods.Count; k++)
            {
                var (before, after) = (periods[k - 1], periods[k]);
                var rest = after.Start - before.End;
                var between = $"between {before.Label} and {after.Label} ({horizon.Describe(before.End)} to {horizon.Describe(after.Start)})";
                if (rest < rule.ShortenedMinimumHours - Eps)
                {
                    found.Add(new WorkingTimeViolation(rule.Id, worker, before.End, after.Start, rest, rule.ShortenedMinimumHours,
                        $"rest of {H(rest)} {between}, less than {H(rule.ShortenedMinimumHours)}."));
                }
                else if (rest < rule.MinimumHours - Eps)
                {
                    var recent = shortened.Count(start => start > before.End - rule.ShortenedWithinHours + Eps);
                    if (recent >= rule.ShortenedAtMostTimes)
                    {
                        found.Add(new WorkingTimeViolation(rule.Id, worker, before.End, after.Start, rest, rule.MinimumHours,
                            $"rest of {H(rest)} {between}: shortened below {H(rule.MinimumHours)} more than {rule.ShortenedAtMostTimes} time(s) within {H(rule.ShortenedWithinHours)}."));
                    }

                    shortened.Add(before.End);
                }
            }
        }

        return (RuleCoverage.Full, "rest before the first and after the last working period of the plan is not judged");
    }

    internal static string H(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
