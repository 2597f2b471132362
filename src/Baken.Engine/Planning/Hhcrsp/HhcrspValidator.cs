using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>What a whole HHCRSP run computes besides the check itself.</summary>
public sealed record HhcrspRunOptions
{
    /// <summary>The check's own options (weights, eps, end of the working day).</summary>
    public HhcrspOptions Check { get; init; } = new();

    /// <summary>A working-time rule set to apply too; null applies none.</summary>
    public WorkingTimeRuleSet? WorkingTime { get; init; }

    /// <summary>Minutes per time unit of the instance, for the working-time rules.</summary>
    public double MinutesPerTimeUnit { get; init; } = 1;

    /// <summary>The validation protocol this run follows, copied into the result.</summary>
    public string? ProtocolId { get; init; }
}

/// <summary>A checked plan, optionally next to a baseline plan for the same instance.</summary>
/// <param name="Metadata">Provenance.</param>
/// <param name="Plan">The checked plan.</param>
/// <param name="Baseline">The baseline plan, when given.</param>
/// <param name="Comparison">Plan minus baseline per figure; empty without a baseline.</param>
/// <param name="WorkingTime">The working-time check of the plan, when asked for.</param>
/// <param name="BaselineWorkingTime">The same for the baseline.</param>
public sealed record HhcrspValidation(
    PlanningMetadata Metadata, HhcrspResult Plan, HhcrspResult? Baseline, IReadOnlyList<FigureDifference> Comparison,
    WorkingTimeResult? WorkingTime, WorkingTimeResult? BaselineWorkingTime);

/// <summary>Reads an instance and a plan (and a baseline plan), checks them, and compares.</summary>
public static class HhcrspValidator
{
    /// <summary>The whole run; issues when a file cannot be read.</summary>
    public static PlanningOutcome<HhcrspValidation> Run(
        PlanningFile instanceFile, PlanningFile planFile, PlanningFile? baselineFile, HhcrspRunOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(instanceFile);
        ArgumentNullException.ThrowIfNull(planFile);
        ArgumentNullException.ThrowIfNull(options);
        timeProvider ??= TimeProvider.System;
        var startedAt = timeProvider.GetUtcNow();
        var instance = HhcrspInstanceReader.Read(instanceFile);
        var plan = HhcrspPlanReader.Read(planFile);
        var baseline = baselineFile is null ? null : HhcrspPlanReader.Read(baselineFile);
        var issues = instance.Issues.Concat(plan.Issues).Concat(baseline?.Issues ?? []).ToList();
        if (issues.Count > 0)
        {
            return PlanningOutcome<HhcrspValidation>.Failure(issues);
        }

        var result = HhcrspChecker.Check(instance.Value!, plan.Value!, options.Check);
        var baselineResult = baseline is null ? null : HhcrspChecker.Check(instance.Value!, baseline.Value!, options.Check);
        var workingTime = options.WorkingTime is { } rules ? HhcrspWorkingTime.Check(result, rules, options.MinutesPerTimeUnit) : null;
        var baselineWorkingTime = options.WorkingTime is { } same && baselineResult is not null ? HhcrspWorkingTime.Check(baselineResult, same, options.MinutesPerTimeUnit) : null;
        var comparison = baselineResult is null ? [] : Compare(result, baselineResult, workingTime, baselineWorkingTime);
        var metadata = PlanningMetadata.For([instanceFile, planFile, baselineFile], options.ProtocolId, startedAt, timeProvider.GetUtcNow());
        return PlanningOutcome<HhcrspValidation>.Success(new HhcrspValidation(metadata, result, baselineResult, comparison, workingTime, baselineWorkingTime));
    }

    /// <summary>The figures a planner is judged on, plan against baseline.</summary>
    public static IReadOnlyList<FigureDifference> Compare(HhcrspResult plan, HhcrspResult baseline, WorkingTimeResult? planTime = null, WorkingTimeResult? baselineTime = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(baseline);
        var figures = new List<FigureDifference>
        {
            FigureDifference.Of("violations", plan.Violations.Count, baseline.Violations.Count, BetterWhen.Lower),
            FigureDifference.Of("objective", plan.Objective, baseline.Objective, BetterWhen.Lower),
            FigureDifference.Of("totalDistance", plan.TotalDistance, baseline.TotalDistance, BetterWhen.Lower),
            FigureDifference.Of("totalTardiness", plan.TotalTardiness, baseline.TotalTardiness, BetterWhen.Lower),
            FigureDifference.Of("maxTardiness", plan.MaxTardiness, baseline.MaxTardiness, BetterWhen.Lower),
            FigureDifference.Of("tardyServices", plan.TardyServices, baseline.TardyServices, BetterWhen.Lower),
            FigureDifference.Of("coverageRatio", plan.CoverageRatio, baseline.CoverageRatio, BetterWhen.Higher),
            FigureDifference.Of("patientCoverageRatio", plan.PatientCoverageRatio, baseline.PatientCoverageRatio, BetterWhen.Higher),
            FigureDifference.Of("travelPerVisit", plan.TravelPerVisit, baseline.TravelPerVisit, BetterWhen.Lower),
            FigureDifference.Of("waitingTime", plan.WaitingTime, baseline.WaitingTime, BetterWhen.Lower),
            FigureDifference.Of("overtime", plan.Overtime, baseline.Overtime, BetterWhen.Lower),
            FigureDifference.Of("meanCaregiversPerPatient", plan.MeanCaregiversPerPatient, baseline.MeanCaregiversPerPatient, BetterWhen.Lower),
        };
        if (planTime is { Applied: true } && baselineTime is { Applied: true })
        {
            figures.Add(FigureDifference.Of("workingTimeViolations", planTime.Violations.Count, baselineTime.Violations.Count, BetterWhen.Lower));
        }

        return figures;
    }
}
