namespace Baken.Engine.Readers;

/// <summary>Which columns of a predictions file to read, by header name (case-sensitive).</summary>
public sealed record PredictionColumns
{
    /// <summary>The observed outcome, 0 or 1.</summary>
    public string LabelColumn { get; init; } = "y_true";

    /// <summary>The predicted probability of outcome 1, in [0, 1].</summary>
    public string ScoreColumn { get; init; } = "y_score";

    /// <summary>Columns whose values define subgroups (read as text).</summary>
    public IReadOnlyList<string> SubgroupColumns { get; init; } = [];

    /// <summary>Optional moment of prediction (ISO 8601; without an offset it is taken as UTC).</summary>
    public string? TimestampColumn { get; init; }
}
