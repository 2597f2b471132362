using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Planning.Inrc2;

/// <summary>What a whole INRC-II run computes besides the evaluation itself.</summary>
public sealed record Inrc2RunOptions
{
    /// <summary>A working-time rule set to apply too; null applies none.</summary>
    public WorkingTimeRuleSet? WorkingTime { get; init; }

    /// <summary>Clock times of the shift types, added to (and overriding) the rule set's.</summary>
    public ShiftTimes ShiftTimes { get; init; } = ShiftTimes.None;

    /// <summary>The validation protocol this run follows, copied into the result.</summary>
    public string? ProtocolId { get; init; }
}

/// <summary>An evaluated roster, optionally next to a baseline roster for the same instance.</summary>
/// <param name="Metadata">Provenance.</param>
/// <param name="Plan">The evaluated (AI-made) roster.</param>
/// <param name="Baseline">The baseline roster, when given.</param>
/// <param name="Comparison">Plan minus baseline per figure; empty without a baseline.</param>
/// <param name="WorkingTime">The working-time check, when asked for.</param>
/// <param name="BaselineWorkingTime">The same for the baseline.</param>
public sealed record Inrc2Validation(
    PlanningMetadata Metadata, Inrc2Evaluation Plan, Inrc2Evaluation? Baseline, IReadOnlyList<FigureDifference> Comparison,
    WorkingTimeResult? WorkingTime, WorkingTimeResult? BaselineWorkingTime);

/// <summary>Reads an INRC-II instance and solutions (and baseline solutions), evaluates them, and compares.</summary>
public static class Inrc2Validator
{
    /// <summary>The whole run; issues when a file cannot be read.</summary>
    public static PlanningOutcome<Inrc2Validation> Run(
        PlanningFile scenario, PlanningFile history, IReadOnlyList<PlanningFile> weeks, IReadOnlyList<PlanningFile> solutions,
        IReadOnlyList<PlanningFile>? baselineSolutions, Inrc2RunOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(solutions);
        ArgumentNullException.ThrowIfNull(options);
        timeProvider ??= TimeProvider.System;
        var startedAt = timeProvider.GetUtcNow();
        var read = Inrc2Reader.ReadAll(scenario, history, weeks, solutions);
        if (read.Value is not { } input)
        {
            return PlanningOutcome<Inrc2Validation>.Failure(read.Issues);
        }

        Inrc2Evaluation? baseline = null;
        if (baselineSolutions is not null)
        {
            var other = Inrc2Reader.ReadAll(scenario, history, weeks, baselineSolutions);
            if (other.Value is null)
            {
                return PlanningOutcome<Inrc2Validation>.Failure(other.Issues);
            }

            baseline = Inrc2Evaluator.Evaluate(other.Value.Instance, other.Value.Solutions);
        }

        var plan = Inrc2Evaluator.Evaluate(input.Instance, input.Solutions);
        WorkingTimeResult? workingTime = null, baselineWorkingTime = null;
        if (options.WorkingTime is { } rules)
        {
            var times = rules.ShiftTimes.With(options.ShiftTimes);
            workingTime = Inrc2WorkingTime.Check(plan, rules, times);
            baselineWorkingTime = baseline is null ? null : Inrc2WorkingTime.Check(baseline, rules, times);
        }

        var comparison = baseline is null ? [] : Compare(plan, baseline, workingTime, baselineWorkingTime);
        IEnumerable<PlanningFile> files = [scenario, history, .. weeks, .. solutions, .. baselineSolutions ?? []];
        var metadata = PlanningMetadata.For(files, options.ProtocolId, startedAt, timeProvider.GetUtcNow());
        return PlanningOutcome<Inrc2Validation>.Success(new Inrc2Validation(metadata, plan, baseline, comparison, workingTime, baselineWorkingTime));
    }

    /// <summary>The figures a roster is judged on, plan against baseline.</summary>
    public static IReadOnlyList<FigureDifference> Compare(Inrc2Evaluation plan, Inrc2Evaluation baseline, WorkingTimeResult? planTime = null, WorkingTimeResult? baselineTime = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(baseline);
        var (p, b) = (plan.Soft, baseline.Soft);
        var figures = new List<FigureDifference>
        {
            FigureDifference.Of("hardViolations", plan.Hard.Total, baseline.Hard.Total, BetterWhen.Lower),
            FigureDifference.Of("totalCost", p.Total, b.Total, BetterWhen.Lower),
            FigureDifference.Of("totalAssignments", p.TotalAssignments, b.TotalAssignments, BetterWhen.Lower),
            FigureDifference.Of("consecutive", p.Consecutive, b.Consecutive, BetterWhen.Lower),
            FigureDifference.Of("nonWorkingDays", p.NonWorkingDays, b.NonWorkingDays, BetterWhen.Lower),
            FigureDifference.Of("preferences", p.Preferences, b.Preferences, BetterWhen.Lower),
            FigureDifference.Of("maxWorkingWeekends", p.MaxWorkingWeekends, b.MaxWorkingWeekends, BetterWhen.Lower),
            FigureDifference.Of("completeWeekends", p.CompleteWeekends, b.CompleteWeekends, BetterWhen.Lower),
            FigureDifference.Of("optimalCoverage", p.OptimalCoverage, b.OptimalCoverage, BetterWhen.Lower),
            FigureDifference.Of("requiredCoverageShare", plan.RequiredCoverageShare, baseline.RequiredCoverageShare, BetterWhen.Higher),
            FigureDifference.Of("optionalCoverageShare", plan.OptionalCoverageShare, baseline.OptionalCoverageShare, BetterWhen.Higher),
            FigureDifference.Of("shiftOffRequestsHonouredShare", plan.ShiftOffRequestsHonouredShare, baseline.ShiftOffRequestsHonouredShare, BetterWhen.Higher),
            FigureDifference.Of("assignmentsAboveContractMaximum", plan.AssignmentsAboveContractMaximum, baseline.AssignmentsAboveContractMaximum, BetterWhen.Lower),
        };
        if (planTime is { Applied: true } && baselineTime is { Applied: true })
        {
            figures.Add(FigureDifference.Of("workingTimeViolations", planTime.Violations.Count, baselineTime.Violations.Count, BetterWhen.Lower));
        }

        return figures;
    }
}
