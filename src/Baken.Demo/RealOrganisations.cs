using Baken.Core.Platform.Organisations;
using Baken.Core.Register;

namespace Baken.Demo;

/// <summary>An organisation named in public reporting; its slug doubles as the key products refer to.</summary>
internal sealed record RealOrganisation(string Slug, string Name, OrganisationKind Kind, string? City, params CareSector[] Sectors);

/// <summary>
/// The real organisations behind the examples in DOMAIN.md. Identifiers (KvK, AGB, URA) and
/// websites stay empty: a demo must not publish unchecked identifiers for real organisations.
/// A city is given only where it is well known.
/// </summary>
internal static class RealOrganisations
{
    public const string Ministry = "ministerie-vws";
    public const string Operator = "baken-registerbeheer-demo";
    public const string VendorAccount = "pacmed";
    public const string CareAccount = "umcg";

    public static readonly IReadOnlyList<RealOrganisation> All =
    [
        // Makers
        new("quantib", "Quantib", OrganisationKind.Vendor, "Rotterdam"),
        new("monitair", "MonitAir", OrganisationKind.Vendor, null),
        new("epic-systems", "Epic Systems", OrganisationKind.Vendor, null),
        new("autoscriber", "Autoscriber", OrganisationKind.Vendor, null),
        new("attendi", "Attendi", OrganisationKind.Vendor, null),
        new("pacmed", "Pacmed", OrganisationKind.Vendor, "Amsterdam"),
        new("expertisecentrum-zorgalgoritmen", "Expertisecentrum Zorgalgoritmen", OrganisationKind.Vendor, null),
        new("orikami", "Orikami", OrganisationKind.Vendor, "Nijmegen"),
        new("universiteit-twente", "Universiteit Twente", OrganisationKind.KnowledgeInstitute, "Enschede"),

        // The regional project has no single maker in the sources, so the collaboration itself is listed.
        new("spraakgestuurd-ecd-zuid-limburg", "Samenwerkingsverband Spraakgestuurd ECD Zuid-Limburg", OrganisationKind.UmbrellaBody, null),

        // Care providers
        new("umcg", "Universitair Medisch Centrum Groningen (UMCG)", OrganisationKind.CareProvider, "Groningen", CareSector.Umc),
        new("etz", "Elisabeth-TweeSteden Ziekenhuis (ETZ)", OrganisationKind.CareProvider, "Tilburg", CareSector.Hospital),
        new("radboudumc", "Radboudumc", OrganisationKind.CareProvider, "Nijmegen", CareSector.Umc),
        new("jeroen-bosch-ziekenhuis", "Jeroen Bosch Ziekenhuis", OrganisationKind.CareProvider, "'s-Hertogenbosch", CareSector.Hospital),
        new("zorgaccent", "ZorgAccent", OrganisationKind.CareProvider, null, CareSector.NursingHomeCare),
        new("sevagram", "Sevagram", OrganisationKind.CareProvider, null, CareSector.NursingHomeCare),
        new("vitalis", "Vitalis", OrganisationKind.CareProvider, null, CareSector.NursingHomeCare),
        new("levanto", "Levanto", OrganisationKind.CareProvider, null, CareSector.NursingHomeCare),
        new("zuyderland", "Zuyderland", OrganisationKind.CareProvider, null, CareSector.Hospital, CareSector.NursingHomeCare),
        new("amsterdam-umc", "Amsterdam UMC", OrganisationKind.CareProvider, "Amsterdam", CareSector.Umc),
        new("olvg", "OLVG", OrganisationKind.CareProvider, "Amsterdam", CareSector.Hospital),
        new("maasstad-ziekenhuis", "Maasstad Ziekenhuis", OrganisationKind.CareProvider, "Rotterdam", CareSector.Hospital),
        new("catharina-ziekenhuis", "Catharina Ziekenhuis", OrganisationKind.CareProvider, "Eindhoven", CareSector.Hospital),
        new("lumc", "Leids Universitair Medisch Centrum (LUMC)", OrganisationKind.CareProvider, "Leiden", CareSector.Umc),
        new("gelre-ziekenhuizen", "Gelre ziekenhuizen", OrganisationKind.CareProvider, null, CareSector.Hospital),
        new("maastricht-umc", "Maastricht UMC+", OrganisationKind.CareProvider, "Maastricht", CareSector.Umc),
        new("kempenhaeghe", "Kempenhaeghe", OrganisationKind.CareProvider, "Heeze", CareSector.Hospital),
        new("medisch-spectrum-twente", "Medisch Spectrum Twente (MST)", OrganisationKind.CareProvider, "Enschede", CareSector.Hospital),
        new("medisch-centrum-leeuwarden", "Medisch Centrum Leeuwarden (MCL)", OrganisationKind.CareProvider, "Leeuwarden", CareSector.Hospital),

        // The programme and the demo's own accounts
        new(Ministry, "Ministerie van Volksgezondheid, Welzijn en Sport", OrganisationKind.Government, "Den Haag"),
        new(Operator, "Baken registerbeheer (demo)", OrganisationKind.Government, null),
    ];
}
