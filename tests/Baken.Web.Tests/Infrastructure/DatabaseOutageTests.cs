using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Baken.Testing;
using Baken.Testing.Builders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Baken.Web.Tests.Infrastructure;

/// <summary>
/// The database goes away under a running host and comes back: while it is gone every request
/// that needs it answers 503 problem+json (never 500, never a misleading 401), and afterwards the
/// same host answers 200 again without a restart.
/// </summary>
/// <remarks>
/// scripts/test.sh runs this suite once per database, so the test takes the outage of the database
/// that pass selects: on PostgreSQL the connection runs through a <see cref="TcpProxy"/> that is
/// stopped (listener and every open connection closed) and started again; on SQLite the database
/// file becomes unreachable (moved aside, a directory in its place, as when its volume is gone)
/// and is then put back. Either way the test runs; neither pass skips it.
/// </remarks>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(15);

    public static TheoryData<string> SelectedDatabase => new(TestDatabase.SelectedProvider);

    [Theory]
    [MemberData(nameof(SelectedDatabase))]
    public async Task Outage_Answers503ProblemJson_ThenRecoversWithoutRestart(string provider)
    {
        switch (provider)
        {
            case "postgres":
                await PostgresOutageAsync();
                break;
            case "sqlite":
                await SqliteOutageAsync();
                break;
            default:
                Assert.Fail($"BAKEN_TEST_DB='{provider}' is neither 'sqlite' nor 'postgres'.");
                break;
        }
    }

    private static async Task PostgresOutageAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("BAKEN_TEST_POSTGRES")))
        {
            Assert.Fail("The PostgreSQL outage test needs a server: set BAKEN_TEST_POSTGRES to its connection string " +
                "(scripts/test.sh starts one on loopback and sets it).");
        }

        await using var database = await TestDatabase.CreateAsync("postgres");
        // Migrated and seeded on the direct connection; the host's own migration then finds nothing to do.
        var vendor = await VendorSeed.CreateAsync(database);
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(direct.Host!, direct.Port);
        proxy.Start();
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Host = proxy.Host,
            Port = proxy.Port,
            Timeout = 3,
            CommandTimeout = 5,
        };

        await RunOutageAsync(
            [new("Baken:Database:Provider", "postgres"), new("Baken:Database:ConnectionString", proxied.ConnectionString)],
            vendor,
            breakDatabase: proxy.Stop,
            restoreDatabase: proxy.Start);
    }

    private static async Task SqliteOutageAsync()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var vendor = await VendorSeed.CreateAsync(database);
        var path = database.Path!;
        var aside = Path.Combine(Path.GetDirectoryName(path)!, "aside");
        string[] files = [path, path + "-wal", path + "-shm"];

        void BreakDatabase()
        {
            // Pooled connections keep the old file open; an outage closes them, as a lost volume would.
            SqliteConnection.ClearAllPools();
            Directory.CreateDirectory(aside);
            foreach (var file in files.Where(File.Exists))
            {
                File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
            }

            // A directory where the file was: SQLite cannot open it (SQLITE_CANTOPEN) and cannot create it.
            Directory.CreateDirectory(path);
        }

        void RestoreDatabase()
        {
            Directory.Delete(path, recursive: true);
            foreach (var file in files)
            {
                var moved = Path.Combine(aside, Path.GetFileName(file));
                if (File.Exists(moved))
                {
                    File.Move(moved, file);
                }
            }
        }

        await RunOutageAsync(database.Settings(), vendor, BreakDatabase, RestoreDatabase);
    }

    private static async Task RunOutageAsync(
        IEnumerable<KeyValuePair<string, string?>> settings, VendorSeed vendor, Action breakDatabase, Action restoreDatabase)
    {
        var log = TestContext.Current.TestOutputHelper!;
        var logs = new LogCapture();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Baken:Demo", "false");
            b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(logs)));
        });
        _ = factory.Server; // starts the host: it migrates (nothing left to do) through the same connection

        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var vendorClient = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        vendorClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", vendor.Token);
        var productId = await vendorClient.CreateProductAsync("outage-before", vendor.OrganisationId);
        var slugs = 0;

        // Reads without and with a token (the token is looked up in the database), readiness, and a write.
        (string Name, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Healthy)[] requests =
        [
            ("GET /api/v1/organisations", () => anonymous.GetAsync("/api/v1/organisations"), HttpStatusCode.OK),
            ("GET /health/ready", () => anonymous.GetAsync("/health/ready"), HttpStatusCode.OK),
            ("GET /api/v1/products/{id} with token", () => vendorClient.GetAsync($"/api/v1/products/{productId}"), HttpStatusCode.OK),
            ("POST /api/v1/products with token", () => vendorClient.PostJsonAsync("/api/v1/products",
                ProductBuilder.Create($"outage-{Interlocked.Increment(ref slugs)}", vendor.OrganisationId)), HttpStatusCode.Created),
        ];

        foreach (var request in requests)
        {
            using var response = await request.Send();
            Assert.True(response.StatusCode == request.Healthy,
                $"Before the outage, {request.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        breakDatabase();
        log.WriteLine("database gone");
        var failures = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var request in requests)
            {
                using var response = await request.Send();
                var type = response.Content.Headers.ContentType?.MediaType;
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable || type != "application/problem+json")
                {
                    failures.Add($"round {round}, {request.Name}: {(int)response.StatusCode} {type} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0,
            "While the database was gone, requests did not answer 503 problem+json:\n" + string.Join('\n', failures)
            + "\nHost log:\n" + string.Join('\n', logs.Entries));

        restoreDatabase();
        var clock = Stopwatch.StartNew();
        log.WriteLine("database back");
        foreach (var request in requests)
        {
            while (true)
            {
                using var response = await request.Send();
                if (response.StatusCode == request.Healthy)
                {
                    break;
                }

                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                    $"While recovering, {request.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}" +
                    "\nHost log:\n" + string.Join('\n', logs.Entries));
                Assert.True(clock.Elapsed < RecoveryLimit,
                    $"{request.Name} still answers 503 {RecoveryLimit.TotalSeconds:0} s after the database came back.");
                await Task.Delay(100);
            }

            log.WriteLine($"{request.Name}: healthy again after {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        // What the host logged about the outage: the exception types it classified, and nothing unexpected.
        foreach (var entry in logs.Entries.Select(e => e.Split('\n')[0]).Distinct(StringComparer.Ordinal))
        {
            log.WriteLine($"host: {entry}");
        }

        Assert.DoesNotContain(logs.Entries, e => e.Contains("Unhandled exception", StringComparison.Ordinal));
    }
}
