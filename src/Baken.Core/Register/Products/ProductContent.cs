namespace Baken.Core.Register.Products;

/// <summary>
/// Everything a maker states about a product. One record so that create, merge-patch,
/// history snapshots and diffs all work on the same shape.
/// </summary>
public sealed record ProductContent
{
    public required string Name { get; init; }
    public required string Slug { get; init; }

    /// <summary>B1 Dutch, at most 350 characters.</summary>
    public required string ShortDescription { get; init; }
    public string? EnglishSummary { get; init; }
    public string? IntendedUse { get; init; }
    public string? IntendedUsers { get; init; }
    public string? PatientPopulation { get; init; }
    public required ApplicationArea ApplicationArea { get; init; }
    public IReadOnlyList<CareSector> Sectors { get; init; } = [];
    public required AiKind AiKind { get; init; }
    public required AiTask Task { get; init; }
    public required LifecyclePhase Phase { get; init; }
    public IReadOnlyList<Certification> Certifications { get; init; } = [];
    public string? UdiDi { get; init; }
    public string? FdaNumber { get; init; }
    public HostingRegion? HostingRegion { get; init; }
    public IReadOnlyList<InteroperabilityStandard> Standards { get; init; } = [];
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
    public string? TransparencyLimitations { get; init; }
    public DateOnly? ReviewDate { get; init; }
    public string? Website { get; init; }

    /// <summary>Which field groups differ between two contents; used to reset provenance.</summary>
    public IEnumerable<FieldGroup> ChangedGroups(ProductContent other)
    {
        if (Name != other.Name || ShortDescription != other.ShortDescription || EnglishSummary != other.EnglishSummary
            || Website != other.Website || Slug != other.Slug)
        {
            yield return FieldGroup.Description;
        }

        if (IntendedUse != other.IntendedUse || IntendedUsers != other.IntendedUsers
            || PatientPopulation != other.PatientPopulation || !Sectors.SequenceEqual(other.Sectors)
            || ApplicationArea != other.ApplicationArea)
        {
            yield return FieldGroup.IntendedUse;
        }

        if (AiKind != other.AiKind || Task != other.Task || Phase != other.Phase)
        {
            yield return FieldGroup.Classification;
        }

        if (!Certifications.SequenceEqual(other.Certifications) || UdiDi != other.UdiDi || FdaNumber != other.FdaNumber)
        {
            yield return FieldGroup.Certifications;
        }

        if (!Evidence.SequenceEqual(other.Evidence))
        {
            yield return FieldGroup.Evidence;
        }

        if (HostingRegion != other.HostingRegion || !Standards.SequenceEqual(other.Standards)
            || TransparencyLimitations != other.TransparencyLimitations || ReviewDate != other.ReviewDate)
        {
            yield return FieldGroup.Technical;
        }
    }
}

public sealed record Certification(
    Regime Regime,
    string? DeviceClass = null,
    string? NotifiedBody = null,
    string? CertificateNumber = null,
    DateOnly? ValidUntil = null);

public enum EvidenceKind
{
    Publication,
    Study,
}

/// <summary>A publication or study; <c>Level</c> is the efficacy level 1-6 (<see cref="EfficacyLevel"/>).</summary>
public sealed record EvidenceItem(
    EvidenceKind Kind,
    string Title,
    int Level,
    string? Reference = null,
    int? Year = null);
