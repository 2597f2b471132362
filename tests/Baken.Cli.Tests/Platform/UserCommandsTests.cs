using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Testing;
using Microsoft.EntityFrameworkCore;

namespace Baken.Cli.Tests.Platform;

public sealed class UserCommandsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await (await _database.MigratedContextAsync()).DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task UsersAdd_WithNewOrganisation_CreatesAdministratorAndPrintsPasswordOnce()
    {
        var (code, output) = await RunAsync("users", "add", "--email", "beheer@baken.test", "--name", "Beheerder",
            "--role", "administrator", "--organisation", "baken-beheer", "--create-organisation", "Baken beheer");

        Assert.True(code == 0, output);
        Assert.Contains("Password (shown once", output, StringComparison.Ordinal);
        await using var db = new BakenDbContext(_database.Options());
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "BEHEER@BAKEN.TEST", TestContext.Current.CancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([Roles.Administrator], roles);
        Assert.Equal("baken-beheer", (await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId, TestContext.Current.CancellationToken)).Slug);
        Assert.DoesNotContain(await db.AuditEvents.Select(e => e.After).ToListAsync(TestContext.Current.CancellationToken), a => a != null && a.Contains("AQAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsersAdd_UnknownOrganisationWithoutCreate_Fails()
    {
        var (code, output) = await RunAsync("users", "add", "--email", "x@baken.test", "--name", "X", "--role", "reviewer", "--organisation", "bestaat-niet");

        Assert.Equal(2, code);
        Assert.Contains("No organisation has the slug", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensCreate_ForUser_StoresOnlyTheHash()
    {
        await RunAsync("users", "add", "--email", "agent@baken.test", "--name", "Agent", "--role", "care-editor",
            "--organisation", "zorg", "--create-organisation", "Zorg", "--organisation-kind", "care-provider");

        var (code, output) = await RunAsync("tokens", "create", "--email", "agent@baken.test", "--name", "validatie", "--scope", "read", "validation:submit");

        Assert.True(code == 0, output);
        var secret = output.Split("Secret (shown once): ")[1].Trim();
        Assert.StartsWith(ApiToken.Prefix, secret, StringComparison.Ordinal);
        await using var db = new BakenDbContext(_database.Options());
        var token = await db.ApiTokens.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ApiToken.Hash(secret), token.TokenHash);
        Assert.Equal([TokenScopes.Read, TokenScopes.SubmitResults], token.Scopes);
    }

    private Task<(int Code, string Output)> RunAsync(params string[] args) => CliRunner.RunAsync(_database, args);
}
