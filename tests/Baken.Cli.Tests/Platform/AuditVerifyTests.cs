using Baken.Core.Data;
using Baken.Core.Platform.Organisations;
using Baken.Testing;
using Microsoft.EntityFrameworkCore;

namespace Baken.Cli.Tests.Platform;

/// <summary><c>baken db migrate</c> and <c>baken audit verify</c> against a real database.</summary>
public sealed class AuditVerifyTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var (code, output) = await RunAsync("db", "migrate");
        Assert.True(code == 0, output);
        await using var db = new BakenDbContext(_database.Options());
        for (var i = 0; i < 5; i++)
        {
            db.Organisations.Add(Organisation.Create(Guid.NewGuid(), new OrganisationDetails(
                $"Org {i}", $"org-{i}", OrganisationKind.Vendor, null, null, null, null, null, null, []), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Verify_IntactChain_ExitsZero()
    {
        var (code, output) = await RunAsync("audit", "verify");

        Assert.Equal(0, code);
        Assert.Contains("OK: 5 audit event(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EditedEvent_ReportsItsSequence()
    {
        await SqlAsync("UPDATE audit_events SET \"ActorName\" = 'someone else' WHERE \"Sequence\" = 3");

        var (code, output) = await RunAsync("audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains("BROKEN at event 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedEvent_ReportsTheGap()
    {
        await SqlAsync("DELETE FROM audit_events WHERE \"Sequence\" = 2");

        var (code, output) = await RunAsync("audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains("BROKEN at event 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SwappedEvents_AreDetected()
    {
        // Swap the payloads of events 2 and 4 while keeping their sequence numbers and hashes.
        await SqlAsync("UPDATE audit_events SET \"Sequence\" = -2 WHERE \"Sequence\" = 2");
        await SqlAsync("UPDATE audit_events SET \"Sequence\" = 2 WHERE \"Sequence\" = 4");
        await SqlAsync("UPDATE audit_events SET \"Sequence\" = 4 WHERE \"Sequence\" = -2");

        var (code, output) = await RunAsync("audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains("BROKEN at event 2", output, StringComparison.Ordinal);
    }


    private async Task SqlAsync(string sql)
    {
        await using var db = new BakenDbContext(_database.Options());
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    private Task<(int Code, string Output)> RunAsync(params string[] args) => CliRunner.RunAsync(_database, args);
}
