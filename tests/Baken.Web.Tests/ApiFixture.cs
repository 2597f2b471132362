using System.Net.Http.Headers;
using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register;
using Baken.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests;

/// <summary>
/// The real web host on a real, fresh database (SQLite or PostgreSQL, see <see cref="TestDatabase"/>)
/// with two vendors, two care providers, a ministry, and one user and API token per role.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA1816", Justification = "Fixture lifetime is owned by xunit.")]
public class ApiFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public TestDatabase Database { get; private set; } = null!;
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public Organisation VendorA { get; private set; } = null!;
    public Organisation VendorB { get; private set; } = null!;
    public Organisation CareA { get; private set; } = null!;
    public Organisation CareB { get; private set; } = null!;
    public Organisation Ministry { get; private set; } = null!;

    /// <summary>Callers, by name: "vendor-a", "vendor-b", "care-a", "care-b", "reviewer", "programme-office", "administrator", "vendor-a-readonly".</summary>
    public IReadOnlyDictionary<string, string> Tokens => _tokens;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            foreach (var (key, value) in Database.Settings())
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Baken:Demo", "false");
        });
        Factory = Configure(Factory);
        Factory.StartServer(); // migrations run here

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var clock = TimeProvider.System;
        VendorA = Add(db, "Vendor Alfa", "vendor-alfa", OrganisationKind.Vendor);
        VendorB = Add(db, "Vendor Beta", "vendor-beta", OrganisationKind.Vendor);
        CareA = Add(db, "Ziekenhuis Alfa", "ziekenhuis-alfa", OrganisationKind.CareProvider, CareSector.Hospital);
        CareB = Add(db, "Zorggroep Beta", "zorggroep-beta", OrganisationKind.CareProvider, CareSector.NursingHomeCare);
        Ministry = Add(db, "Ministerie", "ministerie", OrganisationKind.Government);
        await db.SaveChangesAsync();

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new Role(role));
        }

        await AddUserAsync(scope.ServiceProvider, "vendor-a", VendorA, Roles.VendorEditor);
        await AddUserAsync(scope.ServiceProvider, "vendor-b", VendorB, Roles.VendorEditor);
        await AddUserAsync(scope.ServiceProvider, "care-a", CareA, Roles.CareEditor);
        await AddUserAsync(scope.ServiceProvider, "care-b", CareB, Roles.CareEditor);
        await AddUserAsync(scope.ServiceProvider, "reviewer", Ministry, Roles.Reviewer);
        await AddUserAsync(scope.ServiceProvider, "programme-office", Ministry, Roles.ProgrammeOffice);
        await AddUserAsync(scope.ServiceProvider, "administrator", Ministry, Roles.Administrator);

        var vendorA = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync("vendor-a@test.local");
        var (readOnly, secret) = ApiToken.Issue(vendorA!.Id, "read only", [TokenScopes.Read], clock.GetUtcNow(), null);
        db.ApiTokens.Add(readOnly);
        await db.SaveChangesAsync();
        _tokens["vendor-a-readonly"] = secret;
    }

    /// <summary>Where clients send requests; the in-memory server answers any host.</summary>
    public virtual Uri BaseAddress => new("http://localhost");

    /// <summary>A subclass may change how the host runs, e.g. on a real socket.</summary>
    protected virtual WebApplicationFactory<Program> Configure(WebApplicationFactory<Program> factory) => factory;

    public HttpClient Client(string? caller = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });
        if (caller is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[caller]);
        }

        return client;
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static Organisation Add(BakenDbContext db, string name, string slug, OrganisationKind kind, params CareSector[] sectors)
    {
        var organisation = Organisation.Create(Guid.NewGuid(), new OrganisationDetails(name, slug, kind, null, null, null, null, null, null, sectors), DateTimeOffset.UtcNow);
        db.Organisations.Add(organisation);
        return organisation;
    }

    private async Task AddUserAsync(IServiceProvider services, string name, Organisation organisation, string role)
    {
        var users = services.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = $"{name}@test.local",
            Email = $"{name}@test.local",
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisation.Id,
        };
        var created = await users.CreateAsync(user, "Test-password-2026!");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        var db = services.GetRequiredService<BakenDbContext>();
        var (token, secret) = ApiToken.Issue(user.Id, "tests", TokenScopes.All, DateTimeOffset.UtcNow, null);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        _tokens[name] = secret;
    }
}
