using Baken.Core.Classification;
using Baken.Core.Platform.Organisations;

namespace Baken.Core.Register.Products;

/// <summary>
/// An AI application in the register. The lifecycle draft -> in review -> published -> withdrawn
/// is guarded here; handlers never set <see cref="Status"/> themselves.
/// </summary>
public sealed class Product
{
    private Product() { }

    public Guid Id { get; private set; }
    public Guid MakerId { get; private set; }
    public Organisation? Maker { get; private set; }
    public ProductStatus Status { get; private set; }
    public ProductContent Content { get; private set; } = null!;

    /// <summary>Copied out of <see cref="Content"/> so the database can keep it unique.</summary>
    public string Slug { get; private set; } = "";
    private Dictionary<FieldGroup, Provenance> _provenance = [];
    private readonly List<ProductVersion> _versions = [];

    /// <summary>Who stands behind each field group's facts; only <see cref="Update"/> and <see cref="Verify"/> change it.</summary>
    public IReadOnlyDictionary<FieldGroup, Provenance> Provenance => _provenance;
    public string? ReturnReason { get; private set; }

    /// <summary>Set by a stored classification; null while unknown.</summary>
    public bool? AiActHighRisk { get; private set; }

    /// <summary>
    /// The device class of the current stored classification (null when classified as no device,
    /// or not classified: see <see cref="AiActHighRisk"/>). Kept here so the register can filter on it.
    /// </summary>
    public string? ClassifiedDeviceClass { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Concurrency token and ETag; bumped on every change.</summary>
    public int Revision { get; private set; }

    public IReadOnlyCollection<ProductVersion> Versions => _versions;

    public static Product Create(Guid id, Guid makerId, ProductContent content, DateTimeOffset now) =>
        new()
        {
            Id = id,
            MakerId = makerId,
            Status = ProductStatus.Draft,
            Content = content,
            Slug = content.Slug,
            _provenance = Enum.GetValues<FieldGroup>().ToDictionary(g => g, _ => Register.Provenance.StatedByMaker),
            CreatedAt = now,
            UpdatedAt = now,
            Revision = 1,
        };

    public bool IsPublic => Status is ProductStatus.Published or ProductStatus.Withdrawn;

    /// <summary>Replaces the maker's statements. A changed group loses its "verified" mark.</summary>
    public TransitionResult Update(ProductContent content, DateTimeOffset now)
    {
        if (Status == ProductStatus.Withdrawn)
        {
            return TransitionResult.NotAllowed("A withdrawn product can no longer be changed.");
        }

        foreach (var group in content.ChangedGroups(Content))
        {
            _provenance[group] = Register.Provenance.StatedByMaker;
        }

        Content = content;
        Slug = content.Slug;
        Touch(now);
        return TransitionResult.Ok;
    }

    public TransitionResult RequestReview(DateTimeOffset now)
    {
        if (Status != ProductStatus.Draft)
        {
            return TransitionResult.NotAllowed($"Only a draft can be sent for review; this product is {Status}.");
        }

        Status = ProductStatus.InReview;
        ReturnReason = null;
        Touch(now);
        return TransitionResult.Ok;
    }

    public TransitionResult Publish(DateTimeOffset now)
    {
        if (Status != ProductStatus.InReview)
        {
            return TransitionResult.NotAllowed($"Only a product in review can be published; this product is {Status}.");
        }

        Status = ProductStatus.Published;
        PublishedAt ??= now;
        Touch(now);
        return TransitionResult.Ok;
    }

    public TransitionResult ReturnToDraft(string reason, DateTimeOffset now)
    {
        if (Status != ProductStatus.InReview)
        {
            return TransitionResult.NotAllowed($"Only a product in review can be sent back; this product is {Status}.");
        }

        Status = ProductStatus.Draft;
        ReturnReason = reason;
        Touch(now);
        return TransitionResult.Ok;
    }

    public TransitionResult Withdraw(DateTimeOffset now)
    {
        if (Status != ProductStatus.Published)
        {
            return TransitionResult.NotAllowed($"Only a published product can be withdrawn; this product is {Status}.");
        }

        Status = ProductStatus.Withdrawn;
        Touch(now);
        return TransitionResult.Ok;
    }

    /// <summary>A withdrawn product is history: its facts are no longer confirmed or changed.</summary>
    public bool CanBeVerified => Status != ProductStatus.Withdrawn;

    /// <summary>A reviewer confirms the stated facts of some field groups.</summary>
    public TransitionResult Verify(IEnumerable<FieldGroup> groups, DateTimeOffset now)
    {
        if (!CanBeVerified)
        {
            return TransitionResult.NotAllowed("A withdrawn product can no longer be verified.");
        }

        foreach (var group in groups)
        {
            _provenance[group] = Register.Provenance.Verified;
        }

        Touch(now);
        return TransitionResult.Ok;
    }

    public ProductVersion AddVersion(Guid id, string label, DateOnly? releasedOn, string? notes, DateTimeOffset now)
    {
        var version = new ProductVersion(id, Id, label, releasedOn, notes, now);
        _versions.Add(version);
        Touch(now);
        return version;
    }

    /// <summary>
    /// Saves a classification to one version. The product's own classification fields follow the
    /// newest version that has one, so classifying an old version does not override a newer one.
    /// </summary>
    public TransitionResult Classify(Guid versionId, StoredClassification classification, DateTimeOffset now)
    {
        if (Status == ProductStatus.Withdrawn)
        {
            return TransitionResult.NotAllowed("A withdrawn product can no longer be classified.");
        }

        var version = Versions.FirstOrDefault(v => v.Id == versionId);
        if (version is null)
        {
            return TransitionResult.NotAllowed("The version does not belong to this product.");
        }

        version.Classify(classification);
        var current = Versions.Where(v => v.Classification is not null)
            .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id).First().Classification!.Outcome;
        AiActHighRisk = current.AiActHighRisk;
        ClassifiedDeviceClass = current.DeviceClass;
        Touch(now);
        return TransitionResult.Ok;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

public readonly record struct TransitionResult(bool Succeeded, string? Reason)
{
    public static TransitionResult Ok => new(true, null);

    public static TransitionResult NotAllowed(string reason) => new(false, reason);
}
