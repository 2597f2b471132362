using System.Globalization;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>
/// The working day of each staff member of a checked plan, for <see cref="WorkingTimeChecker"/>: from
/// the latest departure that still makes the first visit to the return at the depot. The HHCRSP data
/// give times in units without a stated unit; they are read as minutes unless told otherwise. One day
/// says nothing about rest between days or weekly limits, which the checker then marks as such.
/// </summary>
public static class HhcrspWorkingTime
{
    /// <summary>Checks the staff members who have visits.</summary>
    public static WorkingTimeResult Check(HhcrspResult result, WorkingTimeRuleSet ruleSet, double minutesPerTimeUnit = 1)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var toHours = minutesPerTimeUnit / 60;
        var workers = result.PerStaff.Where(s => s.Visits.Count > 0)
            .Select(s => new WorkerSchedule(s.Staff.ToString(CultureInfo.InvariantCulture),
                [new WorkPeriod(s.WorkStart * toHours, s.ReturnTime * toHours, $"route of staff {s.Staff.ToString(CultureInfo.InvariantCulture)}")]))
            .ToList();
        var end = Math.Max(24, workers.Count == 0 ? 0 : workers.Max(w => w.Periods[0].End));
        var horizon = new WorkingTimeHorizon(0, end, null, h => $"{(h / toHours).ToString("0.##", CultureInfo.InvariantCulture)} (time units)");
        var unit = minutesPerTimeUnit == 1 ? "1 time unit = 1 minute" : $"1 time unit = {minutesPerTimeUnit.ToString("R", CultureInfo.InvariantCulture)} minutes";
        return WorkingTimeChecker.Check(ruleSet, workers, horizon, $"the plan's own times, {unit}; one day from time 0");
    }
}
