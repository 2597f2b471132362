using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Products;
using Baken.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Baken.Demo.Tests;

public sealed class DemoDataTests
{
    private static readonly DemoOptions Small = new() { Products = 60, Organisations = 50, Deployments = 80, Seed = 7 };

    [Fact]
    public async Task SeedAsync_EmptyDatabase_SeedsConfiguredScaleWithRealExamples()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await ServicesAsync(database);

        var accounts = await DemoData.SeedAsync(services, Small, Clock(), TestContext.Current.CancellationToken);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(60, await db.Products.CountAsync(ct));
        Assert.Equal(50, await db.Organisations.CountAsync(ct));
        Assert.Equal(80, await db.Deployments.CountAsync(ct));
        var slugs = await db.Products.Select(p => p.Slug).ToListAsync(ct);
        Assert.Contains("quantib-prostate", slugs);
        Assert.Contains("pacmed-critical", slugs);
        Assert.Contains("ms-sherpa", slugs);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        Assert.Equal(5, accounts.Count);
        foreach (var account in accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, account.Role));
            Assert.True(await users.CheckPasswordAsync(user, account.Password));
        }

        Assert.All(await db.AuditEvents.Select(e => e.ActorName).Distinct().ToListAsync(ct), a => Assert.Equal(DemoData.ActorName, a));
    }

    [Fact]
    public async Task SeedAsync_DatabaseWithOrganisation_WritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await ServicesAsync(database);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
            db.Organisations.Add(Organisation.Create(Guid.NewGuid(), new OrganisationDetails("Bestaand", "bestaand", OrganisationKind.Vendor, null, null, null, null, null, null, []), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await DemoData.SeedAsync(services, Small, Clock(), TestContext.Current.CancellationToken);

        await using var check = services.CreateAsyncScope();
        var after = check.ServiceProvider.GetRequiredService<BakenDbContext>();
        Assert.Equal(1, await after.Organisations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await after.AuditEvents.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await after.Users.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SeedAsync_SameOptions_ProducesSameRegister()
    {
        var first = await FingerprintAsync();
        var second = await FingerprintAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task SeedAsync_SeededRegister_ObeysRegisterRules()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await ServicesAsync(database);
        await DemoData.SeedAsync(services, Small, Clock(), TestContext.Current.CancellationToken);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var products = await db.Products.AsNoTracking().ToListAsync(ct);
        Assert.All(products, p => Assert.False(ProductRules.Validate(p.Content).Any, p.Slug));

        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var deployments = await db.Deployments.AsNoTracking().ToListAsync(ct);
        var byId = products.ToDictionary(p => p.Id);
        Assert.All(deployments, d =>
        {
            Assert.Equal(ProductStatus.Published, byId[d.ProductId].Status);
            Assert.Equal(OrganisationKind.CareProvider, organisations[d.OrganisationId].Kind);
            Assert.True(d.Status != Core.Register.Deployments.DeploymentStatus.OutOfUse || d.Until is not null);
        });

        var revised = await db.ProductRevisions.Select(r => r.ProductId).Distinct().ToListAsync(ct);
        Assert.All(products.Where(p => p.IsPublic), p => Assert.Contains(p.Id, revised));

        Assert.All(organisations.Values.Where(o => o.Name.Contains("(fictief)", StringComparison.Ordinal) && o.Kvk is not null),
            o => Assert.StartsWith("99", o.Kvk, StringComparison.Ordinal));
        Assert.All(organisations.Values.Where(o => !o.Name.Contains("(fictief)", StringComparison.Ordinal)), o => Assert.Null(o.Kvk));

        var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);
        Assert.Null(AuditChain.Verify(events));

        // The validation showcase: three sites' signed results, each verifiable against the site's registered key.
        var results = await db.ValidationResults.AsNoTracking().ToListAsync(ct);
        Assert.Equal(3, results.Select(r => r.OrganisationId).Distinct().Count());
        var keys = await db.SigningKeys.AsNoTracking().ToDictionaryAsync(k => k.Kid, ct);
        Assert.All(results, r =>
        {
            using var key = Core.Validation.ResultSignature.FromJwk(System.Text.Json.Nodes.JsonNode.Parse(keys[r.Kid].Jwk)!.AsObject())!;
            Assert.True(Core.Validation.ResultSignature.Verify(r.Jws, key));
            Assert.Equal(keys[r.Kid].OrganisationId, r.OrganisationId);
            Assert.InRange(r.Summary.Auroc!.Value, 0.6, 0.95);
        });
        var overview = await Core.Validation.ProductValidationOverview.HandleAsync(db, Actor.Anonymous, results[0].ProductId, ct);
        Assert.Equal(3, overview.Value!.Protocols.Single().Pooled!.Sites);
    }

    private static async Task<string> FingerprintAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await ServicesAsync(database);
        await DemoData.SeedAsync(services, Small, Clock(), TestContext.Current.CancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var products = await db.Products.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => o.Id + o.Slug).ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('|', products.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Slug}:{p.Status}"))
            + string.Join('|', organisations.Order(StringComparer.Ordinal));
    }

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    private static async Task<ServiceProvider> ServicesAsync(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<AuditContext>();
        services.AddSingleton<TimeProvider>(Clock());
        services.AddDbContext<BakenDbContext>(database.Configure);
        services.AddIdentityCore<User>().AddRoles<Role>().AddEntityFrameworkStores<BakenDbContext>();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BakenDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
        return provider;
    }
}
