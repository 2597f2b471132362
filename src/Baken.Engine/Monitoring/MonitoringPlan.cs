namespace Baken.Engine.Monitoring;

/// <summary>How a plan column is used.</summary>
public enum ColumnType
{
    /// <summary>The observed outcome, 0 or 1 (y_true).</summary>
    Label,

    /// <summary>A number; drift by the numerical tests.</summary>
    Numerical,

    /// <summary>Text compared ordinally; drift by the categorical tests.</summary>
    Categorical,
}

/// <summary>One column of the plan, in plan order.</summary>
public sealed record PlanColumn(string Name, ColumnType Type);

/// <summary>The validation protocol's figures that the period is held to.</summary>
/// <param name="Threshold">Decision threshold t: predicted positive when y_score &gt;= t.</param>
/// <param name="MinAuroc">Lowest acceptable AUROC.</param>
/// <param name="MinSensitivity">Lowest acceptable sensitivity at t.</param>
/// <param name="MinSpecificity">Lowest acceptable specificity at t.</param>
/// <param name="ObservedExpectedLow">Lower end of the acceptable observed/expected ratio.</param>
/// <param name="ObservedExpectedHigh">Upper end of the acceptable observed/expected ratio.</param>
public sealed record MonitoringProtocol(
    double Threshold,
    double MinAuroc,
    double MinSensitivity,
    double MinSpecificity,
    double ObservedExpectedLow,
    double ObservedExpectedHigh);

/// <summary>
/// A monitoring plan (plan.json, derived from the validation protocol): which columns to monitor
/// and how, the subgroups, the small-sample rules and the protocol. Read it with
/// <see cref="MonitoringPlanJson.Parse"/>.
/// </summary>
public sealed record MonitoringPlan
{
    /// <summary>The score column: required on every row of both files.</summary>
    public const string ScoreColumn = "y_score";

    /// <summary>Columns in plan order: one label column, y_score and the features.</summary>
    public required IReadOnlyList<PlanColumn> Columns { get; init; }

    /// <summary>Categorical columns whose values define subgroups.</summary>
    public IReadOnlyList<string> Subgroups { get; init; } = [];

    /// <summary>A period with fewer rows gets only the insufficient_data alert.</summary>
    public int MinSampleSize { get; init; } = 100;

    /// <summary>Performance of fewer labelled rows, positives or negatives is suppressed.</summary>
    public int MinCellSize { get; init; } = 10;

    /// <summary>Share of drifted columns at which the dataset drifts.</summary>
    public double DriftShare { get; init; } = 0.5;

    /// <summary>The protocol's threshold and minimums.</summary>
    public required MonitoringProtocol Protocol { get; init; }

    /// <summary>The outcome column.</summary>
    public string LabelColumn => Columns.First(c => c.Type == ColumnType.Label).Name;

    /// <summary>The monitored columns (every column but the label), in plan order.</summary>
    public IEnumerable<PlanColumn> MonitoredColumns => Columns.Where(c => c.Type != ColumnType.Label);

    /// <summary>Problems that make the plan unusable; empty when it is valid.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>();
        var labels = Columns.Count(c => c.Type == ColumnType.Label);
        if (labels != 1)
        {
            errors.Add($"columns: exactly one column must have type 'label' (found {labels}).");
        }

        if (!Columns.Any(c => c.Name == ScoreColumn && c.Type == ColumnType.Numerical))
        {
            errors.Add($"columns: '{ScoreColumn}' must be listed as 'numerical'.");
        }

        foreach (var duplicate in Columns.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"columns: '{duplicate.Key}' is listed twice.");
        }

        foreach (var subgroup in Subgroups)
        {
            if (!Columns.Any(c => c.Name == subgroup && c.Type == ColumnType.Categorical))
            {
                errors.Add($"subgroups: '{subgroup}' must be a categorical column of the plan.");
            }
        }

        Require(errors, MinSampleSize >= 1, "minSampleSize must be at least 1.");
        Require(errors, MinCellSize >= 1, "minCellSize must be at least 1.");
        Require(errors, DriftShare is > 0 and <= 1, "driftShare must be in (0, 1].");
        var p = Protocol;
        Require(errors, p.Threshold is >= 0 and <= 1, "protocol.threshold must be in [0, 1].");
        Require(errors, p.MinAuroc is >= 0 and <= 1, "protocol.minAuroc must be in [0, 1].");
        Require(errors, p.MinSensitivity is >= 0 and <= 1, "protocol.minSensitivity must be in [0, 1].");
        Require(errors, p.MinSpecificity is >= 0 and <= 1, "protocol.minSpecificity must be in [0, 1].");
        Require(errors, p.ObservedExpectedLow >= 0 && p.ObservedExpectedLow <= p.ObservedExpectedHigh,
            "protocol.observedExpectedRatio must be [lo, hi] with 0 <= lo <= hi.");
        return errors;
    }

    private static void Require(List<string> errors, bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(message);
        }
    }
}
