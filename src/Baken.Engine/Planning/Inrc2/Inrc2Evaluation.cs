namespace Baken.Engine.Planning.Inrc2;

/// <summary>The outcome of evaluating a multi-week solution, as the official validator reports it, plus care figures.</summary>
public sealed record Inrc2Evaluation
{
    /// <summary>The instance evaluated (for names).</summary>
    public required Inrc2Instance Instance { get; init; }

    /// <summary>The validator's hard-constraint block.</summary>
    public required Inrc2HardCounts Hard { get; init; }

    /// <summary>The validator's cost block.</summary>
    public required Inrc2SoftCosts Soft { get; init; }

    /// <summary>No hard violation.</summary>
    public bool Feasible => Hard.Total == 0;

    /// <summary>Every hard violation with its detail.</summary>
    public required IReadOnlyList<Inrc2HardViolation> HardViolations { get; init; }

    /// <summary>Per nurse, scenario order.</summary>
    public required IReadOnlyList<Inrc2NurseCosts> PerNurse { get; init; }

    /// <summary>Per skill, scenario order.</summary>
    public required IReadOnlyList<Inrc2SkillCoverage> CoverageBySkill { get; init; }

    /// <summary>Shift index per nurse and day (nurse·days + day), -1 when off; the first assignment when a day has two.</summary>
    public required IReadOnlyList<int> Roster { get; init; }

    /// <summary>Assignment lines in all solution files.</summary>
    public required int Assignments { get; init; }

    /// <summary>Assignments beyond the optimal coverage of their cell.</summary>
    public required int SurplusAssignments { get; init; }

    /// <summary>Shift-off requests over all weeks.</summary>
    public required int ShiftOffRequests { get; init; }

    /// <summary>Requests the roster goes against (each costs 10).</summary>
    public required int ShiftOffRequestsViolated { get; init; }

    /// <summary>Per day of the horizon, nurses missing below the minimum (summed over shifts and skills).</summary>
    public required IReadOnlyList<int> ShortfallPerDay { get; init; }

    /// <summary>Days in the horizon.</summary>
    public int Days => Instance.Days;

    /// <summary>The shift a nurse works on a day, or -1.</summary>
    public int ShiftOn(int nurse, int day) => Roster[(nurse * Days) + day];

    /// <summary>Over all skills: covered / demanded minimum.</summary>
    public double? RequiredCoverageShare => Share(CoverageBySkill.Sum(c => c.RequiredCovered), CoverageBySkill.Sum(c => c.RequiredDemand));

    /// <summary>Over all skills: covered / demanded optional places.</summary>
    public double? OptionalCoverageShare => Share(CoverageBySkill.Sum(c => c.OptionalCovered), CoverageBySkill.Sum(c => c.OptionalDemand));

    /// <summary>Requests honoured / requests.</summary>
    public double? ShiftOffRequestsHonouredShare => ShiftOffRequests == 0 ? null : 1 - (ShiftOffRequestsViolated / (double)ShiftOffRequests);

    /// <summary>The nurse's assignments over the contract maximum (history included), summed: the roster's overtime.</summary>
    public int AssignmentsAboveContractMaximum => PerNurse.Sum(n => Math.Max(0, Total(n) - Contract(n).MaxAssignments));

    /// <summary>Nurses above their contract maximum.</summary>
    public int NursesAboveContractMaximum => PerNurse.Count(n => Total(n) > Contract(n).MaxAssignments);

    /// <summary>Assignments missing to reach the contract minimum, summed.</summary>
    public int AssignmentsBelowContractMinimum => PerNurse.Sum(n => Math.Max(0, Contract(n).MinAssignments - Total(n)));

    /// <summary>Nurses with more working weekends than their contract allows.</summary>
    public int NursesAboveWeekendMaximum => PerNurse.Count(n => n.MaxWorkingWeekends > 0);

    private Inrc2Contract Contract(Inrc2NurseCosts n) => Instance.Scenario.Contracts[Instance.Scenario.Nurses[n.Nurse].Contract];

    private int Total(Inrc2NurseCosts n) => Instance.History.Nurses[n.Nurse].TotalAssignments + n.Assignments;

    private static double? Share(int part, int whole) => whole == 0 ? null : part / (double)whole;
}
