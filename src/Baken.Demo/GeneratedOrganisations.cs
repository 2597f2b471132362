using System.Globalization;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register;

namespace Baken.Demo;

/// <summary>What later steps need to know about a seeded organisation, without keeping it tracked.</summary>
internal sealed record SeededOrganisation(Guid Id, string Name, string Slug, OrganisationKind Kind, IReadOnlyList<CareSector> Sectors, string? Stem);

/// <summary>
/// Fictitious organisations that bring the register to scale. Every name ends in "(fictief)" and
/// every KvK and AGB number starts with 99, so no one mistakes them for real organisations.
/// </summary>
internal static class GeneratedOrganisations
{
    public const string Marker = "(fictief)";

    private static readonly string[] Stems =
    [
        "Noorderlicht", "Zilverhaven", "Lindeveld", "Wilgenhoek", "Heidebloem", "Klaverdal", "Eikenburcht", "Vlietstede",
        "Zonnewende", "Polderhart", "Korenbloem", "Beukenrode", "Duinroos", "Meeuwenhof", "Waterlelie", "Esdoornhof",
        "Hazelaarshof", "Vossenberg", "Kievitshoek", "Reigersdaal", "Dijkzicht", "Terpenhof", "Veenstroom", "Molenwiek",
        "Sterrenveld", "Ooievaarsnest", "Lisdodde", "Kraanvogel", "Akkerwinde", "Klaproos", "Tulpendaal", "Wadkust",
        "Bremheuvel", "Berkenhage", "Vuurtoren", "Zeekraal", "Hoefslag", "Lindenstede", "Appelgaard", "Slotenmeer",
        "Wolkenveld", "Kastanjehof", "Vlasakker", "Rietzoom", "Heggerank", "Notenkraker", "Zwanenwater", "Hooiberg",
    ];

    private static readonly string[] Cities =
    [
        "Amersfoort", "Zwolle", "Deventer", "Breda", "Tilburg", "Arnhem", "Nijmegen", "Enschede", "Apeldoorn", "Leeuwarden",
        "Assen", "Emmen", "Almere", "Lelystad", "Haarlem", "Alkmaar", "Hoorn", "Leiden", "Delft", "Dordrecht", "Gouda",
        "Middelburg", "Goes", "Venlo", "Roermond", "Maastricht", "Heerlen", "Helmond", "'s-Hertogenbosch", "Eindhoven",
        "Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Zoetermeer", "Hilversum", "Ede", "Doetinchem", "Sneek", "Drachten",
        "Meppel", "Hengelo", "Oss", "Roosendaal", "Groningen",
    ];

    private static readonly (CareSector Sector, double Weight)[] SectorWeights =
    [
        (CareSector.Hospital, 30), (CareSector.NursingHomeCare, 22), (CareSector.MentalHealth, 12), (CareSector.GeneralPractice, 12),
        (CareSector.DisabilityCare, 10), (CareSector.Umc, 3), (CareSector.YouthCare, 4), (CareSector.SocialWork, 3), (CareSector.Other, 4),
    ];

    private static readonly (OrganisationKind Kind, double Weight)[] KindWeights =
    [
        (OrganisationKind.CareProvider, 68), (OrganisationKind.Vendor, 22), (OrganisationKind.KnowledgeInstitute, 5),
        (OrganisationKind.UmbrellaBody, 3), (OrganisationKind.Insurer, 2),
    ];

    public static List<(Organisation Entity, SeededOrganisation Seeded)> Create(DemoRandom random, int count, DateTimeOffset now)
    {
        var result = new List<(Organisation, SeededOrganisation)>(count);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            // The first two are a maker and a care provider, so products and deployments can always be generated.
            var kind = i switch
            {
                0 => OrganisationKind.Vendor,
                1 => OrganisationKind.CareProvider,
                _ => random.Weighted(KindWeights),
            };
            var sectors = kind == OrganisationKind.CareProvider ? SectorsFor(random) : [];
            string stem, name, slug;
            var attempt = 0;
            do
            {
                // Distinct names, not only distinct slugs: two "Ziekenhuis Lindeveld" would confuse every list.
                stem = random.Pick(Stems);
                if (attempt >= 20)
                {
                    stem = string.Create(CultureInfo.InvariantCulture, $"{stem} {attempt - 18}");
                }

                name = $"{NameFor(random, kind, sectors, stem)} {Marker}";
                slug = Slugs.From(name);
                attempt++;
            }
            while (!slugs.Add(slug));

            var details = new OrganisationDetails(
                name, slug, kind, random.Pick(Cities), null,
                Kvk: Synthetic(random, numbers),
                Agb: kind == OrganisationKind.CareProvider ? Synthetic(random, numbers) : null,
                Ura: null, Oin: null, sectors);
            var organisation = Organisation.Create(random.NextGuid(), details, now);
            result.Add((organisation, new SeededOrganisation(organisation.Id, name, slug, kind, organisation.Sectors, stem)));
        }

        return result;
    }

    private static List<CareSector> SectorsFor(DemoRandom random)
    {
        var first = random.Weighted(SectorWeights);
        List<CareSector> sectors = [first];

        // Some organisations span two branches, e.g. a hospital group with home care.
        if (random.Chance(0.12))
        {
            var second = random.Weighted(SectorWeights);
            if (second != first && second != CareSector.Umc && first != CareSector.Umc)
            {
                sectors.Add(second);
            }
        }

        return sectors;
    }

    private static string NameFor(DemoRandom random, OrganisationKind kind, IReadOnlyList<CareSector> sectors, string stem)
    {
        string[] patterns = kind switch
        {
            OrganisationKind.Vendor => ["{0} AI", "{0} Health", "{0} Analytics", "{0} Zorgtechnologie", "{0} Medical Imaging", "{0} Spraaktechnologie"],
            OrganisationKind.KnowledgeInstitute => ["Kenniscentrum {0}", "Lectoraat Zorg en AI {0}", "Instituut {0}"],
            OrganisationKind.UmbrellaBody => ["Netwerk {0}", "Zorgcoöperatie {0}"],
            OrganisationKind.Insurer => ["Zorgverzekeraar {0}"],
            _ => sectors[0] switch
            {
                CareSector.Umc => ["Academisch Medisch Centrum {0}"],
                CareSector.Hospital => ["Ziekenhuis {0}", "Medisch Centrum {0}", "Streekziekenhuis {0}", "{0} Ziekenhuis"],
                CareSector.NursingHomeCare => ["Zorggroep {0}", "Thuiszorg {0}", "Woonzorg {0}", "Wijkverpleging {0}"],
                CareSector.MentalHealth => ["GGZ {0}", "Stichting {0} GGZ"],
                CareSector.GeneralPractice => ["Gezondheidscentrum {0}", "Huisartsenpraktijk {0}", "Huisartsenzorg {0}"],
                CareSector.DisabilityCare => ["Stichting {0} Gehandicaptenzorg", "Zorginstelling {0}"],
                CareSector.YouthCare => ["Jeugdzorg {0}"],
                CareSector.SocialWork => ["Welzijn {0}"],
                _ => ["Revalidatiecentrum {0}"],
            },
        };
        return string.Format(CultureInfo.InvariantCulture, random.Pick(patterns), stem);
    }

    /// <summary>Eight digits starting with 99: the right shape for the identifier fields, visibly not a real number.</summary>
    private static string Synthetic(DemoRandom random, HashSet<string> taken)
    {
        string number;
        do
        {
            number = "99" + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }
        while (!taken.Add(number));

        return number;
    }
}
