using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Register.Search;
using Baken.Demo;
using Baken.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Core.Tests.Register;

/// <summary>
/// The indexed search must return exactly what a plain scan of the folded text returns, in the
/// same order, for any query: checked against a naive implementation on the demo register.
/// </summary>
public sealed class RegisterIndexTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private RegisterIndex _index = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<AuditContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RegisterChangeSignal>();
        services.AddSingleton<RegisterIndex>();
        services.AddDbContext<BakenDbContext>(_database.Configure);
        services.AddIdentityCore<User>().AddRoles<Role>().AddEntityFrameworkStores<BakenDbContext>();
        _services = services.BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BakenDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await DemoData.SeedAsync(_services, new DemoOptions { Products = 300, Organisations = 60, Deployments = 50, Seed = 3 }, TimeProvider.System, TestContext.Current.CancellationToken);
        _index = _services.GetRequiredService<RegisterIndex>();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    public static TheoryData<string?, ApplicationArea?, CareSector?, ProductSort, int> Queries => new()
    {
        { null, null, null, ProductSort.Name, 1 },
        { null, ApplicationArea.Diagnostics, null, ProductSort.Name, 2 },
        { "verslag", null, null, ProductSort.Name, 1 },
        { "VERSLAG zorg", ApplicationArea.Administrative, null, ProductSort.Name, 1 },
        { "spraak", null, CareSector.NursingHomeCare, ProductSort.Updated, 1 },
        { "ct", null, null, ProductSort.Name, 1 },
        { "e", null, null, ProductSort.Name, 3 },
        { "geïntegreerd", null, null, ProductSort.Name, 1 },
        { "zzzz-nothing", null, null, ProductSort.Name, 1 },
        { "pacmed", null, CareSector.Hospital, ProductSort.Name, 1 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task QueryAsync_AnyQuery_EqualsPlainScan(string? search, ApplicationArea? area, CareSector? sector, ProductSort sort, int page)
    {
        foreach (var actor in new[] { Actor.Anonymous, new Actor(Guid.NewGuid(), Guid.NewGuid(), new HashSet<string> { Roles.ProgrammeOffice }) })
        {
            var query = new ProductQuery { Search = search, Area = area, Sector = sector, Sort = sort, Page = page, PageSize = 10 };

            var indexed = await _index.QueryAsync(query, actor, TestContext.Current.CancellationToken);
            var (expected, total) = await PlainScanAsync(query, actor);

            Assert.Equal(total, indexed.Total);
            Assert.Equal(expected.Select(p => p.Slug), indexed.Items.Select(p => p.Slug));
        }
    }

    private async Task<(List<ProductSummary> Items, int Total)> PlainScanAsync(ProductQuery q, Actor actor)
    {
        var terms = SearchText.Terms(q.Search);
        var all = (await _index.VisibleAsync(actor, TestContext.Current.CancellationToken))
            .Where(p => (q.Area is null || p.ApplicationArea == q.Area) && (q.Sector is null || p.Sectors.Contains(q.Sector.Value)))
            .Where(p => terms.All(t => p.FoldedText.Contains(t, StringComparison.Ordinal)));
        var ordered = q.Sort == ProductSort.Updated
            ? all.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Slug, StringComparer.Ordinal)
            : all.OrderByDescending(p => terms.Length > 0 && terms.All(t => p.FoldedName.Contains(t, StringComparison.Ordinal)))
                .ThenBy(p => p.FoldedName, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal);
        var list = ordered.ToList();
        return ([.. list.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)], list.Count);
    }
}
