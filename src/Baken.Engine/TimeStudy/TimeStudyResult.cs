using Baken.Engine.Metrics;

namespace Baken.Engine.TimeStudy;

/// <summary>The outcome of a before/after time study; <see cref="TimeStudyResultJson"/> writes it.</summary>
/// <param name="Metadata">Provenance, as for a classifier result.</param>
/// <param name="MinCellSize">The small-cell rule that was applied.</param>
/// <param name="WeekHours">The FTE week used for minutes saved.</param>
/// <param name="Overall">All shifts; null when suppressed.</param>
/// <param name="Roles">Per role in ordinal order; an estimate, or null when suppressed.</param>
public sealed record TimeStudyResult(
    ResultMetadata Metadata, int MinCellSize, double WeekHours, TimeStudyEstimate? Overall, IReadOnlyList<(string Role, TimeStudyEstimate? Estimate)> Roles);

/// <summary>
/// The administrative share before and after, and its change. With s = admin_minutes / worked_minutes
/// per shift: share = mean of s over the period's shifts; difference = share after − share before
/// (negative when administration went down); minutes saved per FTE-week = −difference × week hours × 60.
/// </summary>
/// <param name="AdminShareBefore">Mean share over the shifts before.</param>
/// <param name="AdminShareAfter">Mean share over the shifts after.</param>
/// <param name="Difference">After minus before.</param>
/// <param name="DifferenceCi95">Welch's 95% interval: difference ± t(0.975, ν) · √(v_a/n_a + v_b/n_b), v the sample
/// variances (n − 1) and ν the Welch–Satterthwaite degrees of freedom; null when both periods have no spread at all.</param>
/// <param name="BootstrapCi95">Percentile interval (2.5th and 97.5th) of the difference over seeded replicates that
/// resample the shifts of each period separately; null when no replicates were asked for.</param>
/// <param name="MinutesSavedPerFteWeek">−difference × week hours × 60.</param>
/// <param name="ShiftsBefore">Shifts measured before.</param>
/// <param name="ShiftsAfter">Shifts measured after.</param>
public sealed record TimeStudyEstimate(
    double AdminShareBefore,
    double AdminShareAfter,
    double Difference,
    ConfidenceInterval? DifferenceCi95,
    ConfidenceInterval? BootstrapCi95,
    double MinutesSavedPerFteWeek,
    int ShiftsBefore,
    int ShiftsAfter);
