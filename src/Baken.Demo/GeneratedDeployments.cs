using Baken.Core.Register;
using Baken.Core.Register.Deployments;

namespace Baken.Demo;

/// <summary>
/// Fictitious deployments: published fictitious products at fictitious care providers of a
/// matching sector. Real organisations only get the deployments their sources report.
/// </summary>
internal sealed class GeneratedDeployments
{
    private static readonly string[] Notes =
    [
        "Gebruikt op twee afdelingen (fictief).",
        "Lokale validatie op eigen gegevens afgerond (fictief).",
        "Gestart als pilot op één locatie (fictief).",
        "Onderdeel van een regionale samenwerking (fictief).",
    ];

    private static readonly string[] EndNotes =
    [
        "Gebruik gestopt na afloop van het contract (fictief).",
        "Vervangen door een ander product (fictief).",
        "Gestopt omdat de prestaties lokaal tegenvielen (fictief).",
    ];

    private readonly DemoRandom _random;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<PublishedProduct> _products;
    private readonly double[] _productWeights;
    private readonly IReadOnlyList<SeededOrganisation> _careProviders;
    private readonly Dictionary<CareSector, List<SeededOrganisation>> _bySector;
    private readonly HashSet<(Guid, Guid)> _taken = [];

    public GeneratedDeployments(DemoRandom random, IReadOnlyList<PublishedProduct> products, IReadOnlyList<SeededOrganisation> careProviders, DateTimeOffset now)
    {
        _random = random;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
        _products = products;
        _careProviders = careProviders;

        // Products at scale are used in many places; early-phase products only at a pilot site or two.
        var total = 0.0;
        _productWeights = [.. products.Select(p => total += p.Phase switch
        {
            LifecyclePhase.Idea => 0.2,
            LifecyclePhase.Development => 0.5,
            LifecyclePhase.Validation => 1,
            LifecyclePhase.Implementation => 3,
            _ => 6,
        })];
        _bySector = careProviders.SelectMany(o => o.Sectors.Select(s => (Sector: s, Organisation: o)))
            .GroupBy(x => x.Sector)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Organisation).ToList());
    }

    /// <summary>Null when no free product-organisation pair was found, e.g. when asked for more than can exist.</summary>
    public Deployment? Next()
    {
        if (_products.Count == 0 || _careProviders.Count == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < 50; attempt++)
        {
            var product = _products[_random.WeightedIndex(_productWeights)];
            var organisation = PickOrganisation(product);
            if (_taken.Add((product.Id, organisation.Id)))
            {
                return Create(product, organisation);
            }
        }

        return null;
    }

    private SeededOrganisation PickOrganisation(PublishedProduct product)
    {
        var sector = _random.Pick(product.Sectors);
        return _bySector.TryGetValue(sector, out var matching) ? _random.Pick(matching) : _random.Pick(_careProviders);
    }

    private Deployment Create(PublishedProduct product, SeededOrganisation organisation)
    {
        var early = product.Phase <= LifecyclePhase.Validation;
        var status = _random.Weighted<DeploymentStatus>(early
            ? [(DeploymentStatus.InDevelopment, 70.0), (DeploymentStatus.InUse, 25), (DeploymentStatus.OutOfUse, 5)]
            : [(DeploymentStatus.InUse, 72.0), (DeploymentStatus.InDevelopment, 14), (DeploymentStatus.OutOfUse, 14)]);

        var firstRelease = product.Versions.Count > 0 && product.Versions[0].ReleasedOn is { } released ? released : product.PublishedOn;
        var earliest = firstRelease > _today.AddYears(-4) ? firstRelease : _today.AddYears(-4);
        var span = Math.Max(0, _today.DayNumber - earliest.DayNumber);
        DateOnly? since = status == DeploymentStatus.InDevelopment && _random.Chance(0.5)
            ? null
            : earliest.AddDays(_random.Next(0, span + 1));

        DateOnly? until = null;
        if (status == DeploymentStatus.OutOfUse)
        {
            var room = _today.DayNumber - since!.Value.DayNumber;
            if (room < 30)
            {
                // Too recent to have ended already.
                status = DeploymentStatus.InUse;
            }
            else
            {
                until = since.Value.AddDays(_random.Next(30, room + 1));
            }
        }

        var notes = status == DeploymentStatus.OutOfUse ? _random.Pick(EndNotes) : _random.Chance(0.3) ? _random.Pick(Notes) : null;
        return Deployment.Create(_random.NextGuid(), product.Id, Version(product, since), organisation.Id, status, since, until, notes, _now);
    }

    /// <summary>Mostly the newest version released by the start date; sometimes unknown.</summary>
    private Guid? Version(PublishedProduct product, DateOnly? since)
    {
        if (product.Versions.Count == 0 || _random.Chance(0.15))
        {
            return null;
        }

        var chosen = product.Versions[0].Id;
        foreach (var (id, released) in product.Versions)
        {
            if (since is null || released is null || released <= since)
            {
                chosen = id;
            }
        }

        return chosen;
    }
}
