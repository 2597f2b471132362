using Baken.Core.Data;
using Baken.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests;

/// <summary>Demo data comes with Development (or Baken:Demo=true) and never in production.</summary>
public sealed class DemoHostTests
{
    [Fact]
    public async Task Development_EmptyDatabase_SeedsDemoRegisterAndAccounts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = Host(database, "Development", ("Baken:Demo:Products", "40"), ("Baken:Demo:Organisations", "40"), ("Baken:Demo:Deployments", "30"));

        var page = await (await factory.CreateClient().GetAsync("/api/v1/products?pageSize=1")).JsonAsync();

        Assert.InRange((int)page["total"]!, 20, 40);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(5, await scope.ServiceProvider.GetRequiredService<BakenDbContext>().Users.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Development", "false")]
    public async Task ProductionOrDemoOff_CreatesNoDemoDataOrAccounts(string environment, string? demo)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = demo is null ? Host(database, environment) : Host(database, environment, ("Baken:Demo", demo));

        var page = await (await factory.CreateClient().GetAsync("/api/v1/products")).JsonAsync();

        Assert.Equal(0, (int)page["total"]!);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BakenDbContext>().Users.CountAsync(TestContext.Current.CancellationToken));
    }

    private static WebApplicationFactory<Program> Host(TestDatabase database, string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            foreach (var (key, value) in database.Settings())
            {
                b.UseSetting(key, value);
            }

            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
}
