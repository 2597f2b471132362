using System.Globalization;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Planning.Inrc2;

/// <summary>
/// The working periods of an evaluated roster, for <see cref="WorkingTimeChecker"/>. INRC-II shift types
/// have names only, so the clock times must be given; the history's last shift (the day before the
/// first Monday) is included, because its rest runs into the plan.
/// </summary>
public static class Inrc2WorkingTime
{
    /// <summary>Checks the roster; not applied (with the reason) when a worked shift type has no time.</summary>
    public static WorkingTimeResult Check(Inrc2Evaluation roster, WorkingTimeRuleSet ruleSet, ShiftTimes times)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(times);
        var scenario = roster.Instance.Scenario;
        var missing = scenario.ShiftTypes.Select(s => s.Name).Where(name => times.Of(name) is null).ToList();
        if (missing.Count > 0)
        {
            return WorkingTimeResult.NotApplied(ruleSet,
                $"The INRC-II files give no clock times for shift types; none known for {string.Join(", ", missing)}. Give them with --shift-times (e.g. Early=06:00-14:00) or in the rule set's shiftTimes.");
        }

        var workers = new List<WorkerSchedule>();
        for (var n = 0; n < scenario.Nurses.Count; n++)
        {
            var periods = new List<WorkPeriod>();
            if (roster.Instance.History.Nurses[n].LastShift is var last and >= 0)
            {
                periods.Add(Period(scenario, times, last, -1));
            }

            for (var d = 0; d < roster.Days; d++)
            {
                if (roster.ShiftOn(n, d) is var shift and >= 0)
                {
                    periods.Add(Period(scenario, times, shift, d));
                }
            }

            workers.Add(new WorkerSchedule(scenario.Nurses[n].Name, periods));
        }

        var horizon = new WorkingTimeHorizon(0, 24.0 * roster.Days, DayOfWeek.Monday, Describe);
        var used = string.Join(", ", scenario.ShiftTypes.Select(s => $"{s.Name} {times.Describe(s.Name)}"));
        return WorkingTimeChecker.Check(ruleSet, workers, horizon, used);
    }

    private static WorkPeriod Period(Inrc2Scenario scenario, ShiftTimes times, int shift, int day)
    {
        var (start, hours) = times.Of(scenario.ShiftTypes[shift].Name)!.Value;
        var label = day < 0 ? $"{scenario.ShiftTypes[shift].Name} (history)" : $"{scenario.ShiftTypes[shift].Name} week {day / 7} {Inrc2Text.DayNames[day % 7]}";
        return new WorkPeriod((24.0 * day) + start, (24.0 * day) + start + hours, label);
    }

    private static string Describe(double hours)
    {
        var day = (int)Math.Floor(hours / 24);
        var minutes = (int)Math.Round((hours - (24.0 * day)) * 60);
        var clock = string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
        return day < 0 ? $"before week 0, {clock}" : $"week {day / 7} {Inrc2Text.DayNames[day % 7]} {clock}";
    }
}
