using Baken.Engine.Metrics;

namespace Baken.Engine.TimeStudy;

/// <summary>
/// The before/after time study: per role and overall, the administrative share of working time before
/// and after the AI, its change with a Welch interval and a bootstrap interval, and the minutes saved
/// per FTE-week. Deterministic: the same shifts, options and seed give the same result; only the two
/// timestamps come from the clock. A role, or the whole study, with fewer than
/// <see cref="TimeStudyOptions.MinCellSize"/> shifts in either period is suppressed.
/// </summary>
public static class TimeStudyAnalysis
{
    /// <summary>Runs the analysis on the accepted shifts of <paramref name="data"/>.</summary>
    /// <param name="data">The measurements (rejected rows are already left out).</param>
    /// <param name="options">What to compute.</param>
    /// <param name="timeProvider">Clock for the start and finish timestamps; the system clock when null.</param>
    public static TimeStudyResult Run(TimeMeasurements data, TimeStudyOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        timeProvider ??= TimeProvider.System;
        var startedAt = timeProvider.GetUtcNow();

        var overall = Estimate(data.Shifts, options, "");
        var roles = data.Shifts.Select(s => s.Role).Distinct().Order(StringComparer.Ordinal)
            .Select(role => (role, Estimate([.. data.Shifts.Where(s => s.Role == role)], options, "role\u001f" + role)))
            .ToList();

        var metadata = new ResultMetadata(
            ClassifierValidator.EngineVersion, options.ProtocolId, data.Sha256, data.RowsRead, data.Shifts.Count, data.RowsRejected,
            options.Seed, options.BootstrapReplicates, startedAt, timeProvider.GetUtcNow(), null, null);
        return new TimeStudyResult(metadata, options.MinCellSize, options.WeekHours, overall, roles);
    }

    private static TimeStudyEstimate? Estimate(IReadOnlyList<ShiftMeasurement> shifts, TimeStudyOptions options, string scope)
    {
        var before = shifts.Where(s => s.Period == StudyPeriod.Before).Select(s => s.AdminShare).ToArray();
        var after = shifts.Where(s => s.Period == StudyPeriod.After).Select(s => s.AdminShare).ToArray();
        if (before.Length < options.MinCellSize || after.Length < options.MinCellSize)
        {
            return null;
        }

        var shareBefore = WelchInterval.Mean(before);
        var shareAfter = WelchInterval.Mean(after);
        var difference = shareAfter - shareBefore;
        var bootstrap = options.BootstrapReplicates > 0
            ? Bootstrap.Percentiles(Replicates(before, after, options.BootstrapReplicates, BootstrapRandom.Stream(options.Seed, scope)))
            : null;
        return new TimeStudyEstimate(
            shareBefore, shareAfter, difference, WelchInterval.Compute(after, before), bootstrap,
            -difference * options.WeekHours * 60, before.Length, after.Length);
    }

    // Each replicate draws n_before shifts with replacement from the shifts before and n_after from
    // those after (resampling within each period, so both keep their size), and records the
    // difference of the two means. Replicate r has its own generator (seed, scope, r), as in the
    // classifier bootstrap.
    private static double[] Replicates(double[] before, double[] after, int replicates, ulong stream)
    {
        var differences = new double[replicates];
        // Replicates run in parallel; each owns its generator, so the result does not depend on the threads.
        Parallel.For(0, replicates, r =>
        {
            var random = BootstrapRandom.ForReplicate(stream, r);
            var meanBefore = ResampledMean(before, ref random);
            var meanAfter = ResampledMean(after, ref random);
            differences[r] = meanAfter - meanBefore;
        });

        return differences;
    }

    private static double ResampledMean(double[] values, ref BootstrapRandom random)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[random.NextBelow((uint)values.Length)];
        }

        return sum / values.Length;
    }
}
