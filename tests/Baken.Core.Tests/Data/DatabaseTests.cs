using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register;
using Baken.Data.Postgres;
using Baken.Data.Sqlite;
using Baken.Testing;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Tests.Data;

public sealed class DatabaseTests
{
    [Fact]
    public void Migrations_Sqlite_CoverTheModel()
    {
        using var db = new BakenDbContext(Options(b => b.UseBakenSqlite(Path.Combine(Path.GetTempPath(), "baken-model-check.db"))));

        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add <Name> --project src/Baken.Data.Sqlite --startup-project src/Baken.Data.Sqlite");
    }

    [Fact]
    public void Migrations_Postgres_CoverTheModel()
    {
        using var db = new BakenDbContext(Options(b => b.UseBakenPostgres("Host=localhost;Database=model_check")));

        Assert.False(db.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: dotnet ef migrations add <Name> --project src/Baken.Data.Postgres --startup-project src/Baken.Data.Postgres");
    }

    [Fact]
    public async Task Sqlite_AfterStart_UsesWalAndFullSync()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = await database.MigratedContextAsync();
        await SqliteDatabase.EnableWalAsync(db, TestContext.Current.CancellationToken);

        await using var fresh = new BakenDbContext(database.Options());
        await fresh.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = fresh.Database.GetDbConnection();

        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal("2", await Scalar(connection, "PRAGMA synchronous;"));
        Assert.Equal("1", await Scalar(connection, "PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task SaveChanges_Writes_AppendsChainedAuditEventsInSameTransaction()
    {
        await using var database = await TestDatabase.CreateAsync();
        var audit = new AuditContext { ActorName = "tester", ClientAddress = "127.0.0.1", RequestId = "r1" };
        await using (var db = new BakenDbContext(database.Options(), audit))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            db.Organisations.Add(Organisation("een"));
            db.Organisations.Add(Organisation("twee"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = new BakenDbContext(database.Options());
        var events = await check.AuditEvents.OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("tester", e.ActorName));
        Assert.All(events, e => Assert.Equal("organisation.created", e.Action));
        Assert.Contains("\"slug\":\"een\"", events[0].After, StringComparison.Ordinal);
        Assert.Null(AuditChain.Verify(events));
    }

    [Fact]
    public async Task SaveChanges_FailingWrite_LeavesNoRowAndNoAuditEvent()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.MigratedContextAsync())
        {
            db.Organisations.Add(Organisation("dubbel"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = new BakenDbContext(database.Options()))
        {
            db.Organisations.Add(Organisation("nieuw"));
            db.Organisations.Add(Organisation("dubbel"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using var check = new BakenDbContext(database.Options());
        Assert.Equal(1, await check.Organisations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await check.AuditEvents.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveChanges_ConcurrentWriters_KeepOneIntactChain()
    {
        await using var database = await TestDatabase.CreateAsync();
        await (await database.MigratedContextAsync()).DisposeAsync();

        await Parallel.ForAsync(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await using var db = new BakenDbContext(database.Options());
            db.Organisations.Add(Organisation($"parallel-{i}"));
            await db.SaveChangesAsync(ct);
        });

        await using var check = new BakenDbContext(database.Options());
        var events = await check.AuditEvents.OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(24, events.Count);
        Assert.Null(AuditChain.Verify(events));
    }

    private static DbContextOptions<BakenDbContext> Options(Action<DbContextOptionsBuilder> configure)
    {
        var builder = new DbContextOptionsBuilder<BakenDbContext>();
        configure(builder);
        return builder.Options;
    }

    private static Organisation Organisation(string slug) =>
        Core.Platform.Organisations.Organisation.Create(Guid.NewGuid(), new OrganisationDetails(
            "Org " + slug, slug, OrganisationKind.CareProvider, null, null, null, null, null, null, [CareSector.Hospital]), DateTimeOffset.UtcNow);

    private static async Task<string?> Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
