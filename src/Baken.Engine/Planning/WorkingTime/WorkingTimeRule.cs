namespace Baken.Engine.Planning.WorkingTime;

/// <summary>
/// A rule of a working-time rule set (content/planning), as read: where it comes from in the law and
/// what it says in Baken's words. The limits are data; the kind says how the code interprets them.
/// </summary>
/// <param name="Id">Stable id within the rule set, e.g. "daily-rest".</param>
/// <param name="Kind">How the rule is interpreted, e.g. "minimumDailyRest".</param>
/// <param name="Article">The article of the law.</param>
/// <param name="Summary">What it says, in Baken's words.</param>
/// <param name="Status">Always "Baken's summary, to be checked" for the shipped set.</param>
public abstract record WorkingTimeRule(string Id, string Kind, string Article, string Summary, string Status);

/// <summary>Rest between working periods, with a limited number of shortened rests.</summary>
public sealed record DailyRestRule(
    string Id, string Article, string Summary, string Status, double MinimumHours, double ShortenedMinimumHours, int ShortenedAtMostTimes, double ShortenedWithinHours)
    : WorkingTimeRule(Id, Kinds.MinimumDailyRest, Article, Summary, Status);

/// <summary>One way to meet a weekly-rest rule: in every window, rests of at least <paramref name="MinimumPartHours"/> adding up to <paramref name="MinimumRestHours"/>.</summary>
public sealed record WeeklyRestAlternative(double PeriodHours, double MinimumRestHours, double MinimumPartHours);

/// <summary>Weekly rest: the schedule complies when one of the alternatives holds in every window.</summary>
public sealed record WeeklyRestRule(string Id, string Article, string Summary, string Status, IReadOnlyList<WeeklyRestAlternative> Alternatives)
    : WorkingTimeRule(Id, Kinds.MinimumWeeklyRest, Article, Summary, Status);

/// <summary>Length of one working period.</summary>
public sealed record ShiftLengthRule(string Id, string Article, string Summary, string Status, double MaximumHours)
    : WorkingTimeRule(Id, Kinds.MaximumShiftLength, Article, Summary, Status);

/// <summary>Hours per (calendar) week.</summary>
public sealed record WeeklyHoursRule(string Id, string Article, string Summary, string Status, double MaximumHours)
    : WorkingTimeRule(Id, Kinds.MaximumWeeklyHours, Article, Summary, Status);

/// <summary>Average hours per week over every run of <paramref name="Weeks"/> consecutive weeks.</summary>
public sealed record AverageWeeklyHoursRule(string Id, string Article, string Summary, string Status, int Weeks, double MaximumAverageHours)
    : WorkingTimeRule(Id, Kinds.MaximumAverageWeeklyHours, Article, Summary, Status);

/// <summary>The rule kinds the code interprets.</summary>
public static class Kinds
{
    /// <summary><see cref="DailyRestRule"/>.</summary>
    public const string MinimumDailyRest = "minimumDailyRest";

    /// <summary><see cref="WeeklyRestRule"/>.</summary>
    public const string MinimumWeeklyRest = "minimumWeeklyRest";

    /// <summary><see cref="ShiftLengthRule"/>.</summary>
    public const string MaximumShiftLength = "maximumShiftLength";

    /// <summary><see cref="WeeklyHoursRule"/>.</summary>
    public const string MaximumWeeklyHours = "maximumWeeklyHours";

    /// <summary><see cref="AverageWeeklyHoursRule"/>.</summary>
    public const string MaximumAverageWeeklyHours = "maximumAverageWeeklyHours";
}
