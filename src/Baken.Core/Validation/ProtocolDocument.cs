namespace Baken.Core.Validation;

/// <summary>
/// A validation protocol as the local agent reads it (<c>baken validate --protocol</c>) and as the
/// platform serves it. Schema <c>baken.validation-protocol/1</c>.
/// </summary>
public sealed record ProtocolDocument
{
    public const string SchemaName = "baken.validation-protocol/1";

    public string Schema { get; init; } = SchemaName;
    public required Guid Id { get; init; }
    public required Guid ProductId { get; init; }
    public Guid? ProductVersionId { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }

    /// <summary>The task types a protocol can be for.</summary>
    public static readonly IReadOnlyList<string> TaskTypes = ["classification", "documentation"];

    /// <summary>"classification" for diagnostic and prognostic classifiers; "documentation" for
    /// speech-driven reporting and generated notes (transcript accuracy, note quality, human review).</summary>
    public string TaskType { get; init; } = "classification";

    /// <summary>Documentation only: reviewers rate notes without knowing whether AI or a person wrote them.</summary>
    public bool BlindedReview { get; init; }
    public string LabelColumn { get; init; } = "y_true";
    public string ScoreColumn { get; init; } = "y_score";

    /// <summary>Metric names as in the result JSON (camelCase), e.g. "auroc", "calibrationSlope".</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];
    public IReadOnlyList<double> Thresholds { get; init; } = [];
    public IReadOnlyList<string> Subgroups { get; init; } = [];
    /// <summary>Rows for a classifier; documents for documentation.</summary>
    public int MinimumSampleSize { get; init; }
    public int BootstrapReplicates { get; init; }
    public IReadOnlyList<AcceptanceCriterion> Criteria { get; init; } = [];
}

/// <summary>
/// One acceptance criterion on the overall metric set. <see cref="Metric"/> is a path into the
/// result's <c>overall</c> object: "auroc", "calibrationSlope", "aurocCi95.lower" (the first element
/// of the interval), "aurocCi95.upper", "bootstrap.aurocCi95.lower" (see <see cref="Criteria.Paths"/>). Operators: "&gt;=", "&lt;=", "between".
/// </summary>
public sealed record AcceptanceCriterion(string Id, string Metric, string Operator, double Value, double? Upper = null, string? Description = null);

/// <summary>How one criterion came out on one result; <see cref="Actual"/> is null when undefined.</summary>
public sealed record CriterionOutcome(AcceptanceCriterion Criterion, double? Actual, bool Met);
