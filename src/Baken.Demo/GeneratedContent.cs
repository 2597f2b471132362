using System.Globalization;
using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Demo;

/// <summary>The maker's statements for a fictitious product, in B1 Dutch with an English summary.</summary>
internal static class GeneratedContent
{
    public const string FictitiousNote = "Fictief voorbeeld voor de demo.";

    private static readonly (int Level, double Weight)[] LevelWeights = [(1, 40), (2, 30), (3, 12), (4, 9), (5, 6), (6, 3)];

    private static readonly string[] LevelTitles =
    [
        "",
        "Technische evaluatie van {0} (fictief)",
        "Validatie van {0} op gegevens van meerdere zorgorganisaties (fictief)",
        "Invloed van {0} op het oordeel van zorgverleners (fictief)",
        "Effect van {0} op behandelbeslissingen en werkprocessen (fictief)",
        "Uitkomsten voor patiënten na invoering van {0} (fictief)",
        "Kosten en baten van {0} (fictief)",
    ];

    private static readonly string[] Limitations =
    [
        "Ontwikkeld en getest met gegevens van een beperkt aantal zorgorganisaties; de prestaties kunnen elders anders zijn.",
        "Minder goed getest bij kinderen en bij mensen die geen Nederlands spreken.",
        "Werkt alleen met de gegevens uit de gekoppelde systemen; ontbrekende gegevens verminderen de kwaliteit.",
        "De prestaties worden elk kwartaal gecontroleerd; bij afwijkingen past de maker het model aan.",
    ];

    public static ProductContent Create(
        DemoRandom random, ProductTopic topic, string name, string slug, AiKind kind, LifecyclePhase phase,
        IReadOnlyList<Certification> certifications, DateOnly today)
    {
        var generative = kind == AiKind.Generative;
        var oversight = generative
            ? "Een zorgverlener controleert de tekst voordat die wordt gebruikt."
            : topic.Area == ApplicationArea.Administrative
                ? "Een medewerker beslist zelf wat er met de uitkomst gebeurt."
                : "De zorgverlener beslist altijd zelf.";
        var limitations = $"Fictief demo-product; alle gegevens zijn verzonnen. {random.Pick(Limitations)}"
            + (generative ? " Gegenereerde tekst kan fouten of verzonnen details bevatten." : "");
        return new ProductContent
        {
            Name = name,
            Slug = slug,
            ShortDescription = $"{topic.Dutch} {oversight} {FictitiousNote}",
            EnglishSummary = $"{topic.English} {(generative ? "Uses generative AI; a professional checks every output." : "A professional makes the final decision.")} Fictitious demo entry.",
            IntendedUse = topic.Dutch,
            IntendedUsers = topic.Users,
            PatientPopulation = topic.Population,
            ApplicationArea = topic.Area,
            Sectors = random.Some(topic.Sectors, random.Next(1, topic.Sectors.Length + 1)),
            AiKind = kind,
            Task = generative ? AiTask.Generation : topic.ClassicTask,
            Phase = phase,
            Certifications = certifications,
            HostingRegion = random.Weighted<HostingRegion?>([(HostingRegion.Eu, 85), (HostingRegion.NonEu, generative ? 20 : 8), (null, 5)]),
            Standards = Standards(random, topic),
            Evidence = Evidence(random, name, phase, today),
            TransparencyLimitations = limitations,
            ReviewDate = phase == LifecyclePhase.Idea ? null : today.AddDays(random.Next(-60, 400)),
        };
    }

    /// <summary>A later statement by the maker: the product moved on a phase and gained evidence.</summary>
    public static ProductContent Revise(DemoRandom random, ProductContent content, DateOnly today)
    {
        var phase = content.Phase < LifecyclePhase.International && random.Chance(0.6) ? content.Phase + 1 : content.Phase;
        return content with
        {
            Phase = phase,
            Evidence = [.. content.Evidence, Item(random, content.Name, today.Year)],
            ReviewDate = today.AddDays(random.Next(30, 400)),
        };
    }

    private static List<InteroperabilityStandard> Standards(DemoRandom random, ProductTopic topic)
    {
        var standards = new List<InteroperabilityStandard>(topic.Standards);
        foreach (var (standard, chance) in new[]
        {
            (InteroperabilityStandard.Fhir, 0.3), (InteroperabilityStandard.Zib, 0.2), (InteroperabilityStandard.SnomedCt, 0.2),
        })
        {
            if (!standards.Contains(standard) && random.Chance(chance))
            {
                standards.Add(standard);
            }
        }

        return standards;
    }

    private static List<EvidenceItem> Evidence(DemoRandom random, string name, LifecyclePhase phase, DateOnly today)
    {
        var count = phase switch
        {
            LifecyclePhase.Idea => 0,
            LifecyclePhase.Development => random.Next(0, 2),
            LifecyclePhase.Validation => random.Next(1, 3),
            LifecyclePhase.Implementation => random.Next(1, 4),
            _ => random.Next(2, 6),
        };
        var items = new List<EvidenceItem>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(Item(random, name, today.Year - random.Next(0, 6)));
        }

        return items;
    }

    private static EvidenceItem Item(DemoRandom random, string name, int year)
    {
        var level = random.Weighted(LevelWeights);
        return new EvidenceItem(
            Kind: random.Chance(0.6) ? EvidenceKind.Publication : EvidenceKind.Study,
            Title: string.Format(CultureInfo.InvariantCulture, LevelTitles[level], name),
            Level: level,
            Reference: "Fictieve bron (demogegevens)",
            Year: year);
    }
}
