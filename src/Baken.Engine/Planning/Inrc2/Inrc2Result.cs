namespace Baken.Engine.Planning.Inrc2;

/// <summary>The weights of the INRC-II soft constraints (specification, section 2.2).</summary>
public static class Inrc2Weights
{
    /// <summary>S1, per nurse below the optimal coverage.</summary>
    public const int OptimalCoverage = 30;

    /// <summary>S2, per day of consecutive assignments of one shift type outside its limits.</summary>
    public const int ConsecutiveSameShift = 15;

    /// <summary>S2, per day of consecutive working days outside the contract's limits.</summary>
    public const int ConsecutiveWorkingDays = 30;

    /// <summary>S3, per day of consecutive days off outside the contract's limits.</summary>
    public const int ConsecutiveDaysOff = 30;

    /// <summary>S4, per assignment that a shift-off request asked not to make.</summary>
    public const int Preferences = 10;

    /// <summary>S5, per weekend with work on exactly one of the two days, under a complete-weekends contract.</summary>
    public const int CompleteWeekends = 30;

    /// <summary>S6, per assignment below the contract's minimum or above its maximum.</summary>
    public const int TotalAssignments = 20;

    /// <summary>S7, per working weekend above the contract's maximum.</summary>
    public const int WorkingWeekends = 30;
}

/// <summary>The four hard-constraint counts as the official validator prints them.</summary>
public sealed record Inrc2HardCounts(int MinimalCoverage, int RequiredSkill, int IllegalSuccession, int SingleAssignment)
{
    /// <summary>All four together.</summary>
    public int Total => MinimalCoverage + RequiredSkill + IllegalSuccession + SingleAssignment;
}

/// <summary>The seven cost lines as the official validator prints them (already weighted), with the S2 split.</summary>
public sealed record Inrc2SoftCosts(
    int TotalAssignments, int ConsecutiveSameShift, int ConsecutiveWorkingDays, int NonWorkingDays, int Preferences,
    int MaxWorkingWeekends, int CompleteWeekends, int OptimalCoverage)
{
    /// <summary>"Consecutive constraints": same shift type (weight 15) plus working days (weight 30).</summary>
    public int Consecutive => ConsecutiveSameShift + ConsecutiveWorkingDays;

    /// <summary>"Total cost".</summary>
    public int Total => TotalAssignments + Consecutive + NonWorkingDays + Preferences + MaxWorkingWeekends + CompleteWeekends + OptimalCoverage;
}

/// <summary>Hard-violation detail types (as in the data set's golden files).</summary>
public static class Inrc2ViolationTypes
{
    /// <summary>H2: fewer nurses than the minimum on a (day, shift, skill).</summary>
    public const string UnderStaffing = "under_staffing";

    /// <summary>H4: an assignment with a skill the nurse does not have.</summary>
    public const string MissingSkill = "missing_skill";

    /// <summary>H3: a shift type the previous day's shift forbids.</summary>
    public const string ForbiddenSuccession = "forbidden_succession";

    /// <summary>H1: a second assignment of a nurse on one day.</summary>
    public const string DoubleAssignment = "double_assignment";
}

/// <summary>One hard violation with what explains it; indexes refer to the scenario.</summary>
public sealed record Inrc2HardViolation(string Type, int Week, int Day, int Shift)
{
    /// <summary>The nurse (all types but under_staffing).</summary>
    public int? Nurse { get; init; }

    /// <summary>The skill (under_staffing, missing_skill).</summary>
    public int? Skill { get; init; }

    /// <summary>The previous day's shift (forbidden_succession; on week 0 Monday it is the history's).</summary>
    public int? Previous { get; init; }

    /// <summary>The minimum (under_staffing).</summary>
    public int? Minimum { get; init; }

    /// <summary>Nurses assigned (under_staffing).</summary>
    public int? Assigned { get; init; }

    /// <summary>The solution line (missing_skill, double_assignment).</summary>
    public int? Line { get; init; }

    /// <summary>How many units the validator counts for it.</summary>
    public int Count => Type == Inrc2ViolationTypes.UnderStaffing ? Minimum!.Value - Assigned!.Value : 1;
}

/// <summary>One nurse's share of the cost lines (optimal coverage belongs to cells, not nurses), weighted.</summary>
public sealed record Inrc2NurseCosts(
    int Nurse, int Assignments, int WorkingWeekends, int TotalAssignments, int ConsecutiveSameShift, int ConsecutiveWorkingDays,
    int NonWorkingDays, int Preferences, int MaxWorkingWeekends, int CompleteWeekends)
{
    /// <summary>The nurse's part of the total cost.</summary>
    public int Total => TotalAssignments + ConsecutiveSameShift + ConsecutiveWorkingDays + NonWorkingDays + Preferences + MaxWorkingWeekends + CompleteWeekends;
}

/// <summary>Coverage of one skill over the horizon: required = up to the minimum, optional = between minimum and optimum.</summary>
public sealed record Inrc2SkillCoverage(int Skill, int RequiredDemand, int RequiredCovered, int OptionalDemand, int OptionalCovered)
{
    /// <summary>Covered / demanded minimum (null without demand).</summary>
    public double? RequiredShare => RequiredDemand == 0 ? null : RequiredCovered / (double)RequiredDemand;

    /// <summary>Covered / demanded optional places (null without demand).</summary>
    public double? OptionalShare => OptionalDemand == 0 ? null : OptionalCovered / (double)OptionalDemand;
}
