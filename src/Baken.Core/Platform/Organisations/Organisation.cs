using Baken.Core.Register;

namespace Baken.Core.Platform.Organisations;

public enum OrganisationKind
{
    Vendor,
    CareProvider,
    Insurer,
    UmbrellaBody,
    KnowledgeInstitute,
    Government,
}

/// <summary>A legal entity that makes AI products, uses them, or takes part in the programme.</summary>
public sealed class Organisation
{
    private Organisation() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    public string? City { get; private set; }
    public string? Website { get; private set; }
    public string? Kvk { get; private set; }
    public string? Agb { get; private set; }
    public string? Ura { get; private set; }
    public string? Oin { get; private set; }

    /// <summary>Care sectors; only meaningful for care providers.</summary>
    public List<CareSector> Sectors { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public int Revision { get; private set; }

    public static Organisation Create(Guid id, OrganisationDetails details, DateTimeOffset now) =>
        new()
        {
            Id = id,
            Name = details.Name,
            Slug = details.Slug,
            Kind = details.Kind,
            City = details.City,
            Website = details.Website,
            Kvk = details.Kvk,
            Agb = details.Agb,
            Ura = details.Ura,
            Oin = details.Oin,
            Sectors = details.Kind == OrganisationKind.CareProvider ? [.. details.Sectors.Distinct()] : [],
            CreatedAt = now,
            Revision = 1,
        };
}

public sealed record OrganisationDetails(
    string Name,
    string Slug,
    OrganisationKind Kind,
    string? City,
    string? Website,
    string? Kvk,
    string? Agb,
    string? Ura,
    string? Oin,
    IReadOnlyList<CareSector> Sectors);
