namespace Baken.Core.Validation;

/// <summary>
/// A verified, signed aggregate result of one site's local validation. The JWS is kept as
/// received so anyone can check the signature again against the site's public key.
/// </summary>
public sealed class ValidationResult
{
    private ValidationResult() { }

    public ValidationResult(Guid id, ValidationProtocol protocol, Guid organisationId, string kid, Guid submissionId,
        string payloadHash, string jws, string resultJson, SiteSummary summary, IReadOnlyList<CriterionOutcome> outcomes, DateTimeOffset now)
    {
        Id = id;
        ProtocolId = protocol.Id;
        ProductId = protocol.ProductId;
        ProductVersionId = protocol.ProductVersionId;
        OrganisationId = organisationId;
        Kid = kid;
        SubmissionId = submissionId;
        PayloadHash = payloadHash;
        ResultHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(resultJson)));
        Jws = jws;
        ResultJson = resultJson;
        Summary = summary;
        Outcomes = [.. outcomes];
        AllCriteriaMet = outcomes.All(o => o.Met);
        SubmittedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ProtocolId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid? ProductVersionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Kid { get; private set; } = "";
    public Guid SubmissionId { get; private set; }
    public string PayloadHash { get; private set; } = "";

    /// <summary>SHA-256 of the result document: the same result signed anew is still a duplicate.</summary>
    public string ResultHash { get; private set; } = "";
    public string Jws { get; private set; } = "";
    public string ResultJson { get; private set; } = "";
    public SiteSummary Summary { get; private set; } = null!;
    public List<CriterionOutcome> Outcomes { get; private set; } = [];
    public bool AllCriteriaMet { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
}

/// <summary>The headline numbers of one site, for the side-by-side table and the forest plot.</summary>
/// <remarks>For a documentation result, <see cref="N"/> is the number of documents, <see cref="Measure"/>
/// says which kind ("transcriptAccuracy", "noteQuality", "humanReview") and <see cref="Figures"/>
/// holds its headline fractions; the classifier fields stay empty.</remarks>
public sealed record SiteSummary(
    int N, int Positives, double? Auroc, double? AurocSe, double? AurocLower, double? AurocUpper, double? CalibrationSlope, double? Brier,
    string? Measure = null, IReadOnlyDictionary<string, double?>? Figures = null);
