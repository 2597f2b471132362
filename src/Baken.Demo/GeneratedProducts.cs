using System.Globalization;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Demo;

/// <summary>
/// Fictitious products with plausible Dutch distributions: mostly administrative or diagnostic,
/// mostly classic AI with a generative share that grows towards the present, most in development
/// or validation, about half with an MDR certificate, evidence skewed to efficacy levels 1-2.
/// </summary>
internal sealed class GeneratedProducts
{
    private static readonly (LifecyclePhase Phase, double Weight)[] PhaseWeights =
    [
        (LifecyclePhase.Idea, 6), (LifecyclePhase.Development, 28), (LifecyclePhase.Validation, 27),
        (LifecyclePhase.Implementation, 22), (LifecyclePhase.NationalScale, 11), (LifecyclePhase.International, 6),
    ];

    private static readonly (string Class, double Weight)[] MdrClasses = [("IIa", 55), ("IIb", 25), ("I", 20)];

    private static readonly string[] Variants = ["Plus", "Pro", "Connect", "Assist", "Insight", "Next", "Go", "One"];

    private static readonly string[] VersionNotes =
    [
        "Model opnieuw getraind op recentere gegevens (fictief).",
        "Betere koppeling met het EPD (fictief).",
        "Kleine verbeteringen en foutoplossingen (fictief).",
        "Nieuwe gebruikersinterface (fictief).",
    ];

    private static readonly string[] ReturnReasons =
    [
        "Het beoogd gebruik is niet duidelijk genoeg beschreven.",
        "Het CE-certificaat ontbreekt of is verlopen.",
        "De korte beschrijving is niet in eenvoudige taal geschreven.",
        "De genoemde studies zijn niet terug te vinden.",
    ];

    private readonly DemoRandom _random;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly HashSet<string> _slugs;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly double[] _topicWeights;
    private readonly List<SeededOrganisation> _vendors;
    private readonly double[] _vendorWeights;
    private readonly List<SeededOrganisation> _inHouse;
    private readonly List<SeededOrganisation> _institutes;

    public GeneratedProducts(DemoRandom random, IReadOnlyList<SeededOrganisation> organisations, HashSet<string> slugs, DateTimeOffset now)
    {
        _random = random;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
        _slugs = slugs;
        _topicWeights = Cumulative(ProductTopics.All.Select(t => t.Weight));
        _vendors = [.. organisations.Where(o => o.Kind == OrganisationKind.Vendor)];

        // A few makers hold much of the market, as in any software field.
        _vendorWeights = Cumulative(_vendors.Select((_, i) => 1.0 / (1 + (i % 12))));
        _inHouse = [.. organisations.Where(o => o.Kind == OrganisationKind.CareProvider
            && o.Sectors.Any(s => s is CareSector.Umc or CareSector.Hospital))];
        _institutes = [.. organisations.Where(o => o.Kind == OrganisationKind.KnowledgeInstitute)];
    }

    public (Product Product, List<ProductRevision> Revisions, PublishedProduct? Published) Next()
    {
        var topic = ProductTopics.All[_random.WeightedIndex(_topicWeights)];
        var maker = PickMaker();
        var daysAgo = _random.Next(20, 1500);
        var created = _now.AddDays(-daysAgo).AddMinutes(-_random.Next(0, 24 * 60));

        // Generative AI took off after 2022: recent registrations are more often generative.
        var recency = Math.Clamp(1.3 - (0.2 * daysAgo / 365.0), 0.4, 1.3);
        var kind = _random.Chance(Math.Min(0.97, topic.GenerativeShare * recency)) ? AiKind.Generative : AiKind.Classic;
        var phase = _random.Weighted(PhaseWeights);
        var name = UniqueName($"{maker.Stem} {topic.Noun}");
        var slug = Slugs.Unique(Slugs.From(name), _slugs);
        var content = GeneratedContent.Create(_random, topic, name, slug, kind, phase, Certifications(topic, phase), _today);

        var product = Product.Create(_random.NextGuid(), maker.Id, content, created);
        var versions = AddVersions(product, phase, created);
        var revisions = new List<ProductRevision>();
        if (!Advance(product, phase, created, revisions))
        {
            return (product, revisions, null);
        }

        var publishedOn = DateOnly.FromDateTime(product.PublishedAt!.Value.UtcDateTime);
        return (product, revisions, new PublishedProduct(product.Id, content.Sectors, product.Content.Phase, versions, publishedOn));
    }

    private SeededOrganisation PickMaker()
    {
        if (_inHouse.Count > 0 && _random.Chance(0.1))
        {
            return _random.Pick(_inHouse);
        }

        if (_institutes.Count > 0 && _random.Chance(0.05))
        {
            return _random.Pick(_institutes);
        }

        return _vendors[_random.WeightedIndex(_vendorWeights)];
    }

    private string UniqueName(string name)
    {
        if (_names.Add(name))
        {
            return name;
        }

        foreach (var variant in Variants)
        {
            if (_names.Add($"{name} {variant}"))
            {
                return $"{name} {variant}";
            }
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{name} {n}");
            if (_names.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private List<Certification> Certifications(ProductTopic topic, LifecyclePhase phase)
    {
        var chance = (topic.MedicalDevice, phase) switch
        {
            (_, LifecyclePhase.Idea) => 0.0,
            (true, LifecyclePhase.Development) => 0.45,
            (true, LifecyclePhase.Validation) => 0.85,
            (true, _) => 0.97,
            (false, LifecyclePhase.Development) => 0.05,
            _ => 0.35,
        };
        if (!_random.Chance(chance))
        {
            return [];
        }

        // Software outside the device definition that still carries a CE mark is class I (Rule 11's rest class).
        var deviceClass = topic.MedicalDevice ? _random.Weighted(MdrClasses) : "I";
        var regime = topic.Noun == "Pathologieanalyse" && _random.Chance(0.4) ? Regime.Ivdr : Regime.Mdr;
        if (regime == Regime.Ivdr)
        {
            deviceClass = _random.Chance(0.6) ? "B" : "C";
        }

        var year = _today.Year - _random.Next(0, 4);
        var certificates = new List<Certification>
        {
            new(regime, deviceClass,
                deviceClass == "I" ? null : $"Aangemelde instantie NB 99{_random.Next(10, 100)} (fictief)",
                string.Create(CultureInfo.InvariantCulture, $"DEMO-{regime.ToString().ToUpperInvariant()}-{year}-{_random.Next(10000, 100000)}"),
                _today.AddDays(_random.Next(90, 5 * 365))),
        };
        if (phase == LifecyclePhase.International && _random.Chance(0.3))
        {
            certificates.Add(new Certification(Regime.Fda, "II", null, null, null));
        }

        return certificates;
    }

    private List<(Guid Id, DateOnly? ReleasedOn)> AddVersions(Product product, LifecyclePhase phase, DateTimeOffset created)
    {
        var count = 1 + _random.Next(0, phase >= LifecyclePhase.Validation ? 3 : 2);
        var early = phase <= LifecyclePhase.Development;
        var released = DateOnly.FromDateTime(created.UtcDateTime).AddDays(-_random.Next(0, 120));
        var result = new List<(Guid, DateOnly?)>(count);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                released = released.AddDays(_random.Next(60, 300));
                if (released > _today)
                {
                    break;
                }
            }

            var label = early
                ? string.Create(CultureInfo.InvariantCulture, $"0.{i + 1}")
                : string.Create(CultureInfo.InvariantCulture, $"{1 + (i / 2)}.{i % 2}");
            var notes = i == 0 ? "Eerste uitgave." : _random.Pick(VersionNotes);

            // Versions are registered together with the product; their release dates carry the history.
            var version = product.AddVersion(_random.NextGuid(), label, released, notes, created);
            result.Add((version.Id, released));
        }

        return result;
    }

    /// <summary>Walks the product to its final status; true when it ends up published.</summary>
    private bool Advance(Product product, LifecyclePhase phase, DateTimeOffset created, List<ProductRevision> revisions)
    {
        var roll = _random.Next(0, 100);
        var (draft, inReview, returned, withdrawn) = phase == LifecyclePhase.Idea ? (55, 75, 80, 80) : (10, 18, 21, 25);
        var reviewAt = Min(created.AddDays(_random.Next(1, 20)).AddMinutes(_random.Next(0, 600)));
        if (roll < draft)
        {
            return false;
        }

        if (roll < returned)
        {
            Lifecycle.Must(product.RequestReview(reviewAt));
            if (roll >= inReview)
            {
                Lifecycle.Must(product.ReturnToDraft(_random.Pick(ReturnReasons), Min(reviewAt.AddDays(_random.Next(1, 10)))));
            }

            return false;
        }

        var publishAt = Min(reviewAt.AddDays(_random.Next(1, 14)).AddMinutes(_random.Next(0, 600)));
        revisions.Add(Lifecycle.Publish(product, reviewAt, publishAt, 1));
        var last = publishAt;

        // Some entries were checked by a reviewer, so the provenance marks show both states.
        if (_random.Chance(0.25))
        {
            product.Verify([FieldGroup.Description, FieldGroup.IntendedUse], publishAt);
        }

        if (_random.Chance(0.2) && DaysBefore(publishAt) > 30)
        {
            last = publishAt.AddDays(_random.Next(30, Math.Min(400, DaysBefore(publishAt))));
            Lifecycle.Must(product.Update(GeneratedContent.Revise(_random, product.Content, _today), last));
            revisions.Add(Lifecycle.Revision(product, revisions.Count + 1, "updated", last));
        }

        if (roll < withdrawn)
        {
            var withdrawAt = DaysBefore(last) > 1 ? last.AddDays(_random.Next(1, Math.Min(300, DaysBefore(last)))) : _now;
            Lifecycle.Must(product.Withdraw(withdrawAt));
            revisions.Add(Lifecycle.Revision(product, revisions.Count + 1, "withdrawn", withdrawAt));
            return false;
        }

        return true;
    }

    private DateTimeOffset Min(DateTimeOffset at) => at < _now ? at : _now;

    private int DaysBefore(DateTimeOffset at) => (int)(_now - at).TotalDays;

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return [.. weights.Select(w => total += w)];
    }
}
