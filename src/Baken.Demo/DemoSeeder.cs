using Baken.Core.Data;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;

namespace Baken.Demo;

/// <summary>
/// Writes the demo register in batches. Saving every few hundred entities and clearing the change
/// tracker keeps memory flat and change detection cheap, so 10,000 products seed in seconds.
/// </summary>
internal sealed class DemoSeeder(BakenDbContext db, DemoOptions options, DateTimeOffset now, CancellationToken ct)
{
    private const int BatchSize = 500;

    // Separate streams per part, so asking for more products leaves the organisations unchanged.
    private const int OrganisationStream = 1;
    private const int RealProductStream = 3;
    private const int ProductStream = 4;
    private const int DeploymentStream = 5;

    private static int RealDeploymentCount => RealProducts.All.Sum(p => p.Deployments.Count);

    private int _pending;

    public int Organisations { get; private set; }
    public int Products { get; private set; }
    public int Deployments { get; private set; }

    public sealed record SeededOrganisations(IReadOnlyDictionary<string, Guid> BySlug, IReadOnlyList<SeededOrganisation> Generated);

    public async Task<SeededOrganisations> OrganisationsAsync()
    {
        var random = DemoRandom.Stream(options.Seed, OrganisationStream);
        var bySlug = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var real in RealOrganisations.All)
        {
            var organisation = Organisation.Create(random.NextGuid(), new OrganisationDetails(
                real.Name, real.Slug, real.Kind, real.City, null, null, null, null, null, real.Sectors), now);
            db.Organisations.Add(organisation);
            bySlug[real.Slug] = organisation.Id;
            await TrackAsync(1);
        }

        // Generated products and deployments need at least one fictitious maker and care provider.
        var needed = options.Products > RealProducts.All.Count || options.Deployments > RealDeploymentCount ? 2 : 0;
        var generated = GeneratedOrganisations.Create(random, Math.Max(options.Organisations - RealOrganisations.All.Count, needed), now);
        foreach (var (organisation, _) in generated)
        {
            db.Organisations.Add(organisation);
            await TrackAsync(1);
        }

        await FlushAsync();
        Organisations = bySlug.Count + generated.Count;
        return new SeededOrganisations(bySlug, [.. generated.Select(g => g.Seeded)]);
    }

    public async Task RealProductsAsync(IReadOnlyDictionary<string, Guid> organisations)
    {
        var random = DemoRandom.Stream(options.Seed, RealProductStream);
        foreach (var real in RealProducts.All)
        {
            var created = now.AddDays(-random.Next(30, 400));
            var product = Product.Create(random.NextGuid(), organisations[real.Maker], real.Content, created);
            product.AddVersion(random.NextGuid(), real.VersionLabel, null, real.VersionNotes, created);
            var reviewAt = created.AddDays(random.Next(1, 10));
            db.Products.Add(product);
            db.ProductRevisions.Add(Lifecycle.Publish(product, reviewAt, reviewAt.AddDays(random.Next(1, 10)), 1));
            Products++;

            foreach (var d in real.Deployments)
            {
                // The sources rarely name a version, so real deployments leave it open rather than guess.
                db.Deployments.Add(Deployment.Create(
                    random.NextGuid(), product.Id, null, organisations[d.Organisation], d.Status, d.Since, null, d.Notes, now));
                Deployments++;
            }

            await TrackAsync(3 + real.Deployments.Count);
        }

        await FlushAsync();
    }

    public async Task<List<PublishedProduct>> GeneratedProductsAsync(IReadOnlyList<SeededOrganisation> organisations)
    {
        var slugs = new HashSet<string>(RealProducts.All.Select(p => p.Content.Slug), StringComparer.Ordinal);
        var generator = new GeneratedProducts(DemoRandom.Stream(options.Seed, ProductStream), organisations, slugs, now);
        var published = new List<PublishedProduct>();
        for (var i = RealProducts.All.Count; i < options.Products; i++)
        {
            var (product, revisions, publication) = generator.Next();
            db.Products.Add(product);
            db.ProductRevisions.AddRange(revisions);
            if (publication is not null)
            {
                published.Add(publication);
            }

            Products++;
            await TrackAsync(1 + product.Versions.Count + revisions.Count);
        }

        await FlushAsync();
        return published;
    }

    public async Task GeneratedDeploymentsAsync(IReadOnlyList<PublishedProduct> products, IReadOnlyList<SeededOrganisation> organisations)
    {
        var careProviders = organisations.Where(o => o.Kind == OrganisationKind.CareProvider).ToList();
        var generator = new GeneratedDeployments(DemoRandom.Stream(options.Seed, DeploymentStream), products, careProviders, now);
        while (Deployments < options.Deployments && generator.Next() is { } deployment)
        {
            db.Deployments.Add(deployment);
            Deployments++;
            await TrackAsync(1);
        }

        await FlushAsync();
    }

    private async Task TrackAsync(int entities)
    {
        _pending += entities;
        if (_pending >= BatchSize)
        {
            await FlushAsync();
        }
    }

    private async Task FlushAsync()
    {
        if (_pending == 0)
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        _pending = 0;
    }
}
