namespace Baken.Engine.Planning.WorkingTime;

/// <summary>A period of work, in hours from the plan's time 0 (a midnight for rosters).</summary>
/// <param name="Start">Start, hours.</param>
/// <param name="End">End, hours (after <paramref name="Start"/>).</param>
/// <param name="Label">What it is, for messages ("week 1 Tue Night", "route").</param>
public sealed record WorkPeriod(double Start, double End, string Label);

/// <summary>One person's working periods.</summary>
/// <param name="Worker">The nurse or staff member (an identifier: reported in the result's detail only).</param>
/// <param name="Periods">In any order; periods before the plan (from its history) may be included.</param>
public sealed record WorkerSchedule(string Worker, IReadOnlyList<WorkPeriod> Periods);

/// <summary>The plan's time span and calendar.</summary>
/// <param name="Start">First hour of the plan (a midnight).</param>
/// <param name="End">End of the plan, hours.</param>
/// <param name="FirstDay">The weekday of <paramref name="Start"/>; null when the plan has no calendar (one HHCRSP day).</param>
/// <param name="Describe">A time as text for messages ("week 1 Tue 22:00").</param>
public sealed record WorkingTimeHorizon(double Start, double End, DayOfWeek? FirstDay, Func<double, string> Describe);

/// <summary>How far a rule could be judged on this plan.</summary>
public enum RuleCoverage
{
    /// <summary>Every period the rule speaks of lies inside the plan for at least one window.</summary>
    Full,

    /// <summary>The plan is shorter than the rule's period: only certain violations are reported.</summary>
    Partial,

    /// <summary>The plan says nothing about the rule (e.g. rest between shifts in a one-day plan).</summary>
    NotEvaluated,
}

/// <summary>A working-time rule broken by one person.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Worker">Who.</param>
/// <param name="From">Start of the period concerned, hours.</param>
/// <param name="To">End of the period concerned, hours.</param>
/// <param name="Value">The figure (rest hours, shift hours, week hours).</param>
/// <param name="Limit">The rule's limit it is compared with.</param>
/// <param name="What">One sentence saying what is wrong.</param>
public sealed record WorkingTimeViolation(string RuleId, string Worker, double From, double To, double Value, double Limit, string What);

/// <summary>One rule's outcome on the plan.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Coverage">How far it could be judged.</param>
/// <param name="Note">Why it is partial or not evaluated.</param>
/// <param name="Violations">Violations found.</param>
/// <param name="WorkersAffected">People with at least one.</param>
public sealed record WorkingTimeRuleOutcome(WorkingTimeRule Rule, RuleCoverage Coverage, string? Note, int Violations, int WorkersAffected);

/// <summary>The working-time check of a plan: separate from the planning problem's own constraints.</summary>
/// <param name="RuleSet">The rule set applied.</param>
/// <param name="Applied">False when the plan has no clock times (a roster without shift times).</param>
/// <param name="NotAppliedReason">Why not.</param>
/// <param name="Workers">People checked.</param>
/// <param name="Rules">Per rule.</param>
/// <param name="Violations">Every violation.</param>
/// <param name="TimesUsed">Where the clock times came from, in words.</param>
public sealed record WorkingTimeResult(
    WorkingTimeRuleSet RuleSet, bool Applied, string? NotAppliedReason, int Workers, IReadOnlyList<WorkingTimeRuleOutcome> Rules,
    IReadOnlyList<WorkingTimeViolation> Violations, string? TimesUsed)
{
    /// <summary>A result for a plan the rules cannot be applied to.</summary>
    public static WorkingTimeResult NotApplied(WorkingTimeRuleSet ruleSet, string reason) => new(ruleSet, false, reason, 0, [], [], null);
}
