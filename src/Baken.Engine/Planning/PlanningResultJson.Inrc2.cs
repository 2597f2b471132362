using System.Text.Json;
using Baken.Engine.Planning.Inrc2;

namespace Baken.Engine.Planning;

public static partial class PlanningResultJson
{
    /// <summary>An INRC-II result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(Inrc2Validation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return Write("inrc2", w =>
        {
            var r = validation.Plan;
            WriteMetadata(w, validation.Metadata, validation.WorkingTime);
            w.WriteStartObject("overall");
            WriteOverall(w, r);
            w.WriteEndObject();
            WriteWorkingTime(w, validation.WorkingTime);
            WriteComparison(w, validation.Comparison, validation.Baseline?.Feasible);

            var scenario = r.Instance.Scenario;
            w.WriteStartObject(DetailKey);
            w.WriteString("scenario", scenario.Name);
            WriteHardViolations(w, "hardViolations", r);
            w.WriteStartArray("perNurse");
            foreach (var n in r.PerNurse)
            {
                w.WriteStartObject();
                w.WriteString("nurse", scenario.Nurses[n.Nurse].Name);
                w.WriteString("contract", scenario.Contracts[scenario.Nurses[n.Nurse].Contract].Name);
                w.WriteNumber("assignments", n.Assignments);
                w.WriteNumber("workingWeekends", n.WorkingWeekends);
                w.WriteStartObject("softCosts");
                w.WriteNumber("totalAssignments", n.TotalAssignments);
                w.WriteNumber("consecutiveSameShift", n.ConsecutiveSameShift);
                w.WriteNumber("consecutiveWorkingDays", n.ConsecutiveWorkingDays);
                w.WriteNumber("nonWorkingDays", n.NonWorkingDays);
                w.WriteNumber("preferences", n.Preferences);
                w.WriteNumber("maxWorkingWeekends", n.MaxWorkingWeekends);
                w.WriteNumber("completeWeekends", n.CompleteWeekends);
                w.WriteEndObject();
                w.WriteNumber("totalCost", n.Total);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteWorkingTimeViolations(w, "workingTimeViolations", validation.WorkingTime);
            if (validation.Baseline is { } baseline)
            {
                WriteHardViolations(w, "baselineHardViolations", baseline);
            }

            w.WriteEndObject();
        });
    }

    private static void WriteOverall(Utf8JsonWriter w, Inrc2Evaluation r)
    {
        var scenario = r.Instance.Scenario;
        w.WriteBoolean("feasible", r.Feasible);
        w.WriteNumber("nurses", scenario.Nurses.Count);
        w.WriteNumber("weeks", r.Instance.Weeks.Count);
        w.WriteNumber("days", r.Days);
        w.WriteNumber("skills", scenario.Skills.Count);
        w.WriteNumber("shiftTypes", scenario.ShiftTypes.Count);
        w.WriteNumber("assignments", r.Assignments);
        w.WriteStartObject("hardViolations");
        w.WriteNumber("minimalCoverage", r.Hard.MinimalCoverage);
        w.WriteNumber("requiredSkill", r.Hard.RequiredSkill);
        w.WriteNumber("illegalSuccession", r.Hard.IllegalSuccession);
        w.WriteNumber("singleAssignment", r.Hard.SingleAssignment);
        w.WriteEndObject();
        w.WriteNumber("hardViolationsTotal", r.Hard.Total);
        w.WriteStartObject("softCosts");
        w.WriteNumber("totalAssignments", r.Soft.TotalAssignments);
        w.WriteNumber("consecutive", r.Soft.Consecutive);
        w.WriteNumber("nonWorkingDays", r.Soft.NonWorkingDays);
        w.WriteNumber("preferences", r.Soft.Preferences);
        w.WriteNumber("maxWorkingWeekends", r.Soft.MaxWorkingWeekends);
        w.WriteNumber("completeWeekends", r.Soft.CompleteWeekends);
        w.WriteNumber("optimalCoverage", r.Soft.OptimalCoverage);
        w.WriteEndObject();
        w.WriteStartObject("consecutiveSplit");
        w.WriteNumber("sameShift", r.Soft.ConsecutiveSameShift);
        w.WriteNumber("workingDays", r.Soft.ConsecutiveWorkingDays);
        w.WriteEndObject();
        w.WriteNumber("totalCost", r.Soft.Total);

        w.WriteStartObject("coverage");
        WriteCoverage(w, r.CoverageBySkill);
        w.WriteNumber("surplusAssignments", r.SurplusAssignments);
        w.WriteStartObject("bySkill");
        foreach (var c in r.CoverageBySkill)
        {
            w.WriteStartObject(scenario.Skills[c.Skill]);
            WriteCoverage(w, [c]);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNumber("shiftOffRequests", r.ShiftOffRequests);
        w.WriteNumber("shiftOffRequestsViolated", r.ShiftOffRequestsViolated);
        w.WriteNumberOrNull("shiftOffRequestsHonouredShare", r.ShiftOffRequestsHonouredShare);
        w.WriteNumber("assignmentsAboveContractMaximum", r.AssignmentsAboveContractMaximum);
        w.WriteNumber("nursesAboveContractMaximum", r.NursesAboveContractMaximum);
        w.WriteNumber("assignmentsBelowContractMinimum", r.AssignmentsBelowContractMinimum);
        w.WriteNumber("nursesAboveWeekendMaximum", r.NursesAboveWeekendMaximum);
    }

    private static void WriteCoverage(Utf8JsonWriter w, IReadOnlyList<Inrc2SkillCoverage> cells)
    {
        var (rd, rc, od, oc) = (cells.Sum(c => c.RequiredDemand), cells.Sum(c => c.RequiredCovered), cells.Sum(c => c.OptionalDemand), cells.Sum(c => c.OptionalCovered));
        w.WriteNumber("requiredDemand", rd);
        w.WriteNumber("requiredCovered", rc);
        w.WriteNumberOrNull("requiredShare", rd == 0 ? null : rc / (double)rd);
        w.WriteNumber("optionalDemand", od);
        w.WriteNumber("optionalCovered", oc);
        w.WriteNumberOrNull("optionalShare", od == 0 ? null : oc / (double)od);
    }

    private static void WriteHardViolations(Utf8JsonWriter w, string name, Inrc2Evaluation r)
    {
        var scenario = r.Instance.Scenario;
        w.WriteStartArray(name);
        foreach (var v in r.HardViolations)
        {
            w.WriteStartObject();
            w.WriteString("type", v.Type);
            if (v.Nurse is { } nurse)
            {
                w.WriteString("nurse", scenario.Nurses[nurse].Name);
            }

            w.WriteNumber("week", v.Week);
            w.WriteString("day", Inrc2Text.DayNames[v.Day]);
            if (v.Previous is { } previous)
            {
                w.WriteString("previous", scenario.ShiftTypes[previous].Name);
            }

            w.WriteString("shift", scenario.ShiftTypes[v.Shift].Name);
            if (v.Skill is { } skill)
            {
                w.WriteString("skill", scenario.Skills[skill]);
            }

            if (v.Minimum is { } minimum)
            {
                w.WriteNumber("minimum", minimum);
                w.WriteNumber("assigned", v.Assigned!.Value);
            }

            if (v.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
