namespace Baken.Core.Ethics;

public enum EffectDirection
{
    Positive,
    Negative,
}

/// <summary>Where an option for action works, in the guidance-ethics approach.</summary>
public enum ActionLevel
{
    /// <summary>Change the technology itself (design, settings).</summary>
    Technology,

    /// <summary>Change the surroundings: agreements, processes, rules, organisation.</summary>
    Environment,

    /// <summary>Change how people use it: training, instructions, behaviour.</summary>
    User,
}

/// <summary>Who is involved in or affected by the technology, and what is at stake for them.</summary>
public sealed record EthicsActor(string Name, string? Interest = null);

public sealed record EthicsEffect(string Description, EffectDirection Direction, string? Actor = null);

public sealed record EthicsValue(string Value, string? Description = null);

public sealed record ActionOption(ActionLevel Level, string Description);

/// <summary>The content of an ethics record, as written and read through the API.</summary>
public sealed record EthicsContent(
    string Case,
    IReadOnlyList<EthicsActor> Actors,
    IReadOnlyList<EthicsEffect> Effects,
    IReadOnlyList<EthicsValue> Values,
    IReadOnlyList<ActionOption> Options,
    string? Title = null);

/// <summary>
/// The record of a guidance-ethics dialogue ("begeleidingsethiek"): the case, the actors, the
/// positive and negative effects, the values at stake, and the options for action for technology,
/// environment and user. It belongs to a product (kept by its maker) or to a deployment (kept by
/// the care organisation that deploys it), never both.
/// </summary>
public sealed class EthicsRecord
{
    private EthicsRecord() { }

    public Guid Id { get; private set; }
    public Guid? ProductId { get; private set; }
    public Guid? DeploymentId { get; private set; }

    /// <summary>The organisation that keeps the record: the maker, or the deploying care organisation.</summary>
    public Guid OwnerOrganisationId { get; private set; }
    public EthicsContent Content { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Revision { get; private set; }

    public static EthicsRecord ForProduct(Guid id, Guid productId, Guid makerId, EthicsContent content, DateTimeOffset now) =>
        new() { Id = id, ProductId = productId, OwnerOrganisationId = makerId, Content = content, CreatedAt = now, UpdatedAt = now, Revision = 1 };

    public static EthicsRecord ForDeployment(Guid id, Guid deploymentId, Guid organisationId, EthicsContent content, DateTimeOffset now) =>
        new() { Id = id, DeploymentId = deploymentId, OwnerOrganisationId = organisationId, Content = content, CreatedAt = now, UpdatedAt = now, Revision = 1 };

    /// <summary>Replaces the content; the same content again changes nothing.</summary>
    public bool Replace(EthicsContent content, DateTimeOffset now)
    {
        if (System.Text.Json.JsonSerializer.Serialize(content, Data.BakenJson.Options) == System.Text.Json.JsonSerializer.Serialize(Content, Data.BakenJson.Options))
        {
            return false;
        }

        Content = content;
        UpdatedAt = now;
        Revision++;
        return true;
    }
}
