namespace Baken.Engine.Planning.Inrc2;

/// <summary>
/// A nurse's border data before the first day (the history file's line): totals so far and the run the
/// nurse is in. <paramref name="LastShift"/> is -1 for None (the nurse was off).
/// </summary>
public sealed record Inrc2NurseHistory(
    int TotalAssignments, int WorkingWeekends, int LastShift, int ConsecutiveSameShift, int ConsecutiveWorkingDays, int ConsecutiveDaysOff);

/// <summary>An initial (or intermediate) history file.</summary>
/// <param name="Week">The week the history leads into (0 for the H0 files).</param>
/// <param name="Nurses">Per nurse, in scenario order.</param>
public sealed record Inrc2History(int Week, IReadOnlyList<Inrc2NurseHistory> Nurses);

/// <summary>A shift-off request: the nurse would rather not work <paramref name="Shift"/> (-1: any shift) on <paramref name="Day"/> (0 = Monday).</summary>
public sealed record Inrc2ShiftOffRequest(int Nurse, int Shift, int Day);

/// <summary>A week-data file: minimum and optimal coverage per (day, shift, skill), and shift-off requests.</summary>
public sealed class Inrc2Week
{
    private readonly int[] _minimum;
    private readonly int[] _optimal;
    private readonly int _shifts;
    private readonly int _skills;

    internal Inrc2Week(int shifts, int skills, int[] minimum, int[] optimal, IReadOnlyList<Inrc2ShiftOffRequest> requests)
    {
        (_shifts, _skills, _minimum, _optimal, ShiftOffRequests) = (shifts, skills, minimum, optimal, requests);
    }

    /// <summary>The requests of this week.</summary>
    public IReadOnlyList<Inrc2ShiftOffRequest> ShiftOffRequests { get; }

    /// <summary>Minimum number of nurses (0 when the file has no line for the pair).</summary>
    public int Minimum(int day, int shift, int skill) => _minimum[Cell(day, shift, skill)];

    /// <summary>Optimal number of nurses.</summary>
    public int Optimal(int day, int shift, int skill) => _optimal[Cell(day, shift, skill)];

    internal static int CellCount(int shifts, int skills) => 7 * shifts * skills;

    private int Cell(int day, int shift, int skill) => (((day * _shifts) + shift) * _skills) + skill;
}

/// <summary>One assignment line of a solution file.</summary>
/// <param name="Nurse">Index into the scenario's nurses.</param>
/// <param name="Day">0 = Monday .. 6 = Sunday.</param>
/// <param name="Shift">Index into the scenario's shift types.</param>
/// <param name="Skill">Index into the scenario's skills.</param>
/// <param name="Line">1-based line in the solution file.</param>
public sealed record Inrc2Assignment(int Nurse, int Day, int Shift, int Skill, int Line);

/// <summary>A solution file: the assignments of one week.</summary>
/// <param name="Week">The week number the file states (0-based).</param>
/// <param name="File">The file name, for messages.</param>
/// <param name="Assignments">In file order.</param>
public sealed record Inrc2Solution(int Week, string File, IReadOnlyList<Inrc2Assignment> Assignments);

/// <summary>An instance: scenario, history and the week data of each week, in order (a file may repeat).</summary>
public sealed record Inrc2Instance(Inrc2Scenario Scenario, Inrc2History History, IReadOnlyList<Inrc2Week> Weeks)
{
    /// <summary>Days in the horizon.</summary>
    public int Days => 7 * Weeks.Count;
}

/// <summary>An instance with one solution file per week, as read together.</summary>
public sealed record Inrc2Input(Inrc2Instance Instance, IReadOnlyList<Inrc2Solution> Solutions);
