using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Baken.Testing;
using Baken.Testing.Builders;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Tests.Infrastructure;

/// <summary>
/// Crash consistency: the server process is killed (SIGKILL) in the middle of a burst of concurrent
/// writes. Every create it acknowledged with 201 must survive the restart intact, every product on
/// disk must have its audit event (and no audit event its missing product), and the audit chain
/// must verify. Runs on the database BAKEN_TEST_DB selects.
/// </summary>
public sealed class KillTests
{
    private const int Creates = 500;

    /// <summary>The kill comes once this many creates have been answered...</summary>
    private const int KillAfterResponses = 150;

    /// <summary>
    /// ...or, when the server commits far ahead of its answers reaching this process, once this many
    /// are committed and at least one 201 has arrived (or, failing that, at <see cref="KillAtTheLatest"/>).
    /// </summary>
    private const int KillAfterCommits = 450;

    /// <summary>The kill must land while creates are still pending.</summary>
    private const int KillAtTheLatest = 490;

    private const string SlugPrefix = "kill-";

    [Fact]
    public async Task Kill_DuringConcurrentCreates_KeepsEveryAcknowledgedProductAndTheAuditChain()
    {
        var log = TestContext.Current.TestOutputHelper!;
        await using var database = await TestDatabase.CreateAsync();
        var vendor = await VendorSeed.CreateAsync(database);

        var acknowledged = new ConcurrentDictionary<Guid, (string Slug, string Name)>();
        var statuses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var responses = 0;
        var killed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();

        using (var server = await ServerProcess.StartAsync(database))
        {
            log.WriteLine($"[{clock.Elapsed.TotalSeconds:0.0} s] server {server.Id} ({database.Provider}) ready at {server.Address}");
            using var client = server.Client(vendor.Token);

            // Killed from whichever task notices first, not on the test's own thread, so the burst is still in full flight.
            void KillNow(string why)
            {
                lock (killed)
                {
                    if (killed.Task.IsCompleted)
                    {
                        return;
                    }

                    var answered = Volatile.Read(ref responses);
                    var ok = acknowledged.Count;
                    server.Kill();
                    killed.SetResult($"{why}; {answered} responses had arrived ({ok} × 201)");
                }
            }

            async Task CreateAsync(int i)
            {
                var slug = $"{SlugPrefix}{i:D3}";
                var name = $"Kill test {i:D3}";
                try
                {
                    using var response = await client.PostJsonAsync("/api/v1/products", ProductBuilder.Create(slug, vendor.OrganisationId, name));
                    var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        // Only a 201 whose body arrived whole counts as acknowledged.
                        var body = await response.JsonAsync();
                        acknowledged[Guid.Parse((string)body["id"]!)] = (slug, name);
                    }

                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    if (Interlocked.Increment(ref responses) == KillAfterResponses)
                    {
                        KillNow($"{KillAfterResponses} responses arrived");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
                {
                    statuses.AddOrUpdate("no response", 1, (_, n) => n + 1);
                }
            }

            // Under this burst the server commits far ahead of its answers arriving (on PostgreSQL a
            // committed create queues again for a pooled connection to build its answer), so progress
            // is also watched in the database itself.
            async Task WatchCommitsAsync()
            {
                await using var db = new BakenDbContext(database.Options());
                while (!killed.Task.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(60))
                {
                    try
                    {
                        var committed = await db.Products.CountAsync(p => p.Slug.StartsWith(SlugPrefix));
                        if ((committed >= KillAfterCommits && !acknowledged.IsEmpty) || committed >= KillAtTheLatest)
                        {
                            KillNow($"{committed} creates were committed");
                            return;
                        }
                    }
                    catch (Exception e) when (e is DbException or InvalidOperationException)
                    {
                        // A busy database only delays the next look.
                    }

                    await Task.Delay(5);
                }
            }

            var burst = Enumerable.Range(0, Creates).Select(CreateAsync).ToArray();
            var watcher = Task.Run(WatchCommitsAsync);
            var signalled = await Task.WhenAny(killed.Task, Task.Delay(TimeSpan.FromSeconds(30))) == killed.Task;
            KillNow("30 s passed");
            log.WriteLine($"[{clock.Elapsed.TotalSeconds:0.0} s] killed: {await killed.Task}");
            await Task.WhenAll(burst);
            await watcher;
            Assert.True(signalled,
                $"Within 30 s neither {KillAfterResponses} creates were answered nor {KillAfterCommits} committed. The server's output:\n{server.Output}");
        }

        log.WriteLine($"[{clock.Elapsed.TotalSeconds:0.0} s] burst over: " +
            string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}")) +
            $"; {acknowledged.Count} acknowledged with 201 in all");
        Assert.True(acknowledged.Count > 0, "No create was acknowledged before the kill; the test checked nothing.");
        Assert.True(statuses.GetValueOrDefault("no response") > 0,
            "Every request was answered before the kill landed; the kill did not interrupt the burst.");

        using (var restarted = await ServerProcess.StartAsync(database))
        {
            log.WriteLine($"[{clock.Elapsed.TotalSeconds:0.0} s] restarted as {restarted.Id}");
            using var client = restarted.Client(vendor.Token);
            var problems = new List<string>();
            foreach (var (id, (slug, name)) in acknowledged)
            {
                using var response = await client.GetAsync($"/api/v1/products/{id}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    problems.Add($"{id} ({slug}): GET answered {(int)response.StatusCode}");
                    continue;
                }

                var body = await response.JsonAsync();
                var content = body["content"] as JsonObject;
                if ((string?)content?["slug"] != slug || (string?)content?["name"] != name || (string?)body["status"] != "draft"
                    || (string?)body["maker"]?["id"] != vendor.OrganisationId.ToString())
                {
                    problems.Add($"{id} ({slug}): came back changed: {body.ToJsonString()}");
                }
            }

            Assert.True(problems.Count == 0,
                $"{problems.Count} of {acknowledged.Count} acknowledged creates are missing or changed after the restart:\n" + string.Join('\n', problems.Take(20)));
        }

        await using var db = new BakenDbContext(database.Options());
        var stored = await db.Products.AsNoTracking().Where(p => p.Slug.StartsWith(SlugPrefix))
            .Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken);
        var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        var productEvents = events.Where(e => e.EntityType == "Product" && e.Action == "product.create")
            .Select(e => Guid.Parse(e.EntityId)).ToHashSet();
        log.WriteLine($"[{clock.Elapsed.TotalSeconds:0.0} s] after restart: {stored.Count} products stored " +
            $"({stored.Count - acknowledged.Count} committed but unacknowledged), {events.Count} audit events");

        Assert.Empty(acknowledged.Keys.Except(stored));
        Assert.Empty(stored.Except(productEvents)); // a product without its audit event
        Assert.Empty(productEvents.Except(stored)); // an audit event for a product that is not there
        Assert.Null(AuditChain.Verify(events));
    }
}
