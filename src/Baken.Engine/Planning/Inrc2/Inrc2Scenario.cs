namespace Baken.Engine.Planning.Inrc2;

/// <summary>A shift type and its limits on consecutive assignments of that type.</summary>
public sealed record Inrc2ShiftType(string Name, int MinConsecutive, int MaxConsecutive);

/// <summary>A contract's limits (INRC-II specification, section 2).</summary>
public sealed record Inrc2Contract(
    string Name, int MinAssignments, int MaxAssignments, int MinConsecutiveWorkingDays, int MaxConsecutiveWorkingDays,
    int MinConsecutiveDaysOff, int MaxConsecutiveDaysOff, int MaxWorkingWeekends, bool CompleteWeekends);

/// <summary>A nurse: contract (index into <see cref="Inrc2Scenario.Contracts"/>) and skills (indexes into <see cref="Inrc2Scenario.Skills"/>).</summary>
public sealed record Inrc2Nurse(string Name, int Contract, IReadOnlyList<int> Skills)
{
    /// <summary>True when the nurse has the skill.</summary>
    public bool HasSkill(int skill) => Skills.Contains(skill);
}

/// <summary>An INRC-II scenario file: skills, shift types, forbidden successions, contracts, nurses.</summary>
public sealed class Inrc2Scenario
{
    private readonly bool[] _forbidden;
    private readonly Dictionary<string, int> _shifts;
    private readonly Dictionary<string, int> _skills;
    private readonly Dictionary<string, int> _nurses;

    internal Inrc2Scenario(
        string name, int weeks, IReadOnlyList<string> skills, IReadOnlyList<Inrc2ShiftType> shiftTypes, bool[] forbidden,
        IReadOnlyList<Inrc2Contract> contracts, IReadOnlyList<Inrc2Nurse> nurses)
    {
        (Name, Weeks, Skills, ShiftTypes, Contracts, Nurses, _forbidden) = (name, weeks, skills, shiftTypes, contracts, nurses, forbidden);
        _shifts = Index(shiftTypes.Select(s => s.Name));
        _skills = Index(skills);
        _nurses = Index(nurses.Select(n => n.Name));
    }

    /// <summary>The data set's name, e.g. n030w4.</summary>
    public string Name { get; }

    /// <summary>The planning horizon in weeks.</summary>
    public int Weeks { get; }

    /// <summary>Skill names.</summary>
    public IReadOnlyList<string> Skills { get; }

    /// <summary>Shift types in file order.</summary>
    public IReadOnlyList<Inrc2ShiftType> ShiftTypes { get; }

    /// <summary>Contracts in file order.</summary>
    public IReadOnlyList<Inrc2Contract> Contracts { get; }

    /// <summary>Nurses in file order.</summary>
    public IReadOnlyList<Inrc2Nurse> Nurses { get; }

    /// <summary>True when shift <paramref name="next"/> may not follow <paramref name="previous"/> on the next day.</summary>
    public bool IsForbidden(int previous, int next) => _forbidden[(previous * ShiftTypes.Count) + next];

    /// <summary>The index of a shift type, or -1.</summary>
    public int ShiftIndex(string name) => _shifts.GetValueOrDefault(name, -1);

    /// <summary>The index of a skill, or -1.</summary>
    public int SkillIndex(string name) => _skills.GetValueOrDefault(name, -1);

    /// <summary>The index of a nurse, or -1.</summary>
    public int NurseIndex(string name) => _nurses.GetValueOrDefault(name, -1);

    private static Dictionary<string, int> Index(IEnumerable<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            index.TryAdd(name, index.Count);
        }

        return index;
    }
}
