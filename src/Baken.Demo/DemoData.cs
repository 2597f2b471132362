using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Baken.Demo;

/// <summary>
/// Fills an empty register with the real examples from public reporting, fictitious entries up to
/// the configured scale, and one account per role, so a newcomer sees a realistic platform at once.
/// </summary>
public static partial class DemoData
{
    public const string ActorName = "demo-seed";

    /// <summary>The demo sign-ins; they exist once a seed has run.</summary>
    public static IReadOnlyList<DemoAccount> Accounts => DemoAccounts.All;

    /// <summary>
    /// Seeds only a database without organisations; otherwise it writes nothing. The host checks
    /// <see cref="DemoOptions.Enabled"/> before calling, so tests can seed without that switch.
    /// The real examples are always seeded, even when the configured totals are smaller.
    /// </summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedAsync(
        IServiceProvider services, DemoOptions options, TimeProvider clock, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        if (await db.Organisations.AnyAsync(ct))
        {
            return Accounts;
        }

        var logger = scope.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DemoData).FullName!) ?? NullLogger.Instance;
        var started = clock.GetTimestamp();
        db.Audit.ActorName = ActorName;

        // One transaction: a seed that fails half-way leaves an empty database, so the next start
        // seeds again instead of finding a partial register. The audit-chain lock, taken first,
        // also makes a second host that starts at the same time wait and then see the seeded data.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockAuditChainAsync(ct);
        if (await db.Organisations.AnyAsync(ct))
        {
            return Accounts;
        }

        var seeder = new DemoSeeder(db, options, clock.GetUtcNow(), ct);
        var organisations = await seeder.OrganisationsAsync();
        await DemoAccounts.CreateAsync(scope.ServiceProvider, DemoRandom.Stream(options.Seed, 2), organisations.BySlug);
        await seeder.RealProductsAsync(organisations.BySlug);
        var published = await seeder.GeneratedProductsAsync(organisations.Generated);
        await seeder.GeneratedDeploymentsAsync(published, organisations.Generated);
        await DemoValidation.SeedAsync(db, options, clock.GetUtcNow(), published, organisations.Generated, ct);
        await transaction.CommitAsync(ct);

        LogSeeded(logger, seeder.Organisations, seeder.Products, seeder.Deployments, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return Accounts;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded the demo register: {Organisations} organisations, {Products} products, {Deployments} deployments in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, int organisations, int products, int deployments, long elapsedMs);
}
