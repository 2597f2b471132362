using System.Text.Json.Nodes;

namespace Baken.Core.Validation;

/// <summary>
/// What a care organisation signs and sends: the aggregate result and nothing else. The JWS
/// header names the signing key (<c>kid</c>); the key belongs to exactly one organisation.
/// Schema <c>baken.validation-submission/1</c>.
/// </summary>
public sealed record Submission
{
    public const string SchemaName = "baken.validation-submission/1";

    public string Schema { get; init; } = SchemaName;

    /// <summary>A fresh random id per submission; the platform refuses one it has seen (replay).</summary>
    public required Guid SubmissionId { get; init; }
    public required Guid ProtocolId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The engine's result document: metadata, minCellSize, overall, subgroups (and bootstrap).</summary>
    public required JsonObject Result { get; init; }
}
