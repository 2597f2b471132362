using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Core.Register.Search;

/// <summary>
/// The register list and search run on an in-memory snapshot of all products
/// (<see cref="RegisterSnapshot"/>), where SQL LIKE over folded text would scan every row.
/// The snapshot is rebuilt after a local write (<see cref="RegisterChangeSignal"/>) and when the
/// audit chain has grown through another instance (checked at most once per second), since every
/// write appends to that chain.
/// </summary>
public sealed class RegisterIndex(IServiceScopeFactory scopes, RegisterChangeSignal signal, TimeProvider clock)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile RegisterSnapshot? _snapshot;
    private long _lastPollTicks;

    public async Task<ProductPage> QueryAsync(ProductQuery query, Actor actor, CancellationToken ct)
    {
        var snapshot = await CurrentAsync(ct);
        var terms = SearchText.Terms(query.Search);
        var textSet = TextMatches(snapshot, terms);
        var products = snapshot.Products;
        var page = new PageCollector((query.Page - 1) * query.PageSize, query.PageSize);

        bool Hit(int i) =>
            (textSet is null || (textSet[i >> 6] & (1UL << i)) != 0)
            && Visible(snapshot.Rows[i], actor)
            && snapshot.Rows[i].Matches(query)
            && MatchesMakerAndCertification(products[i], query);

        if (query.Sort == ProductSort.Updated)
        {
            foreach (var i in snapshot.ByUpdated.Where(Hit))
            {
                page.Add(products[i]);
            }
        }
        else if (textSet is null)
        {
            for (var i = 0; i < products.Length; i++)
            {
                if (Hit(i))
                {
                    page.Add(products[i]);
                }
            }
        }
        else
        {
            // Name matches first, each group in name order: a stable partition of the name order.
            var rest = new List<int>();
            foreach (var i in Positions(textSet).Where(Hit))
            {
                if (terms.All(t => products[i].FoldedName.Contains(t, StringComparison.Ordinal)))
                {
                    page.Add(products[i]);
                }
                else
                {
                    rest.Add(i);
                }
            }

            foreach (var i in rest)
            {
                page.Add(products[i]);
            }
        }

        return new ProductPage(page.Items, query.Page, query.PageSize, page.Total);
    }

    /// <summary>Counts per facet of what the caller may see, for the home page and filters.</summary>
    public async Task<IReadOnlyList<ProductSummary>> VisibleAsync(Actor actor, CancellationToken ct)
    {
        var snapshot = await CurrentAsync(ct);
        return [.. snapshot.Products.Where((_, i) => Visible(snapshot.Rows[i], actor))];
    }

    private static bool Visible(in FilterRow r, Actor actor) =>
        r.Status is ProductStatus.Published or ProductStatus.Withdrawn
        || actor.SeesUnpublished
        || (actor.Is(Roles.VendorEditor) && actor.ActsFor(r.MakerId));

    private static bool MatchesMakerAndCertification(ProductSummary p, ProductQuery q) =>
        (q.Maker is not { } maker || string.Equals(p.MakerSlug, maker, StringComparison.Ordinal)
            || string.Equals(p.MakerId.ToString(), maker, StringComparison.OrdinalIgnoreCase))
        && ((q.Regime is null && q.DeviceClass is null)
            || p.Certifications.Any(c => (q.Regime is null || c.Regime == q.Regime)
                && (q.DeviceClass is null || string.Equals(c.DeviceClass, q.DeviceClass, StringComparison.OrdinalIgnoreCase))));

    /// <summary>The products containing every term, or null when there is no search text.</summary>
    private static ulong[]? TextMatches(RegisterSnapshot snapshot, string[] terms)
    {
        ulong[]? matches = null;
        foreach (var term in terms)
        {
            var set = snapshot.TermSet(term);
            if (matches is null)
            {
                matches = (ulong[])set.Clone();
                continue;
            }

            for (var w = 0; w < matches.Length; w++)
            {
                matches[w] &= set[w];
            }
        }

        return matches;
    }

    private static IEnumerable<int> Positions(ulong[] set)
    {
        for (var w = 0; w < set.Length; w++)
        {
            for (var bits = set[w]; bits != 0; bits &= bits - 1)
            {
                yield return (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
            }
        }
    }

    /// <summary>Counts every hit but keeps only the requested page.</summary>
    private sealed class PageCollector(int skip, int take)
    {
        public List<ProductSummary> Items { get; } = new(Math.Min(take, 128));
        public int Total { get; private set; }

        public void Add(ProductSummary product)
        {
            if (Total++ >= skip && Items.Count < take)
            {
                Items.Add(product);
            }
        }
    }

    private async Task<RegisterSnapshot> CurrentAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.LocalVersion == signal.Version && !PollDue())
        {
            return snapshot;
        }

        await _rebuild.WaitAsync(ct);
        try
        {
            snapshot = _snapshot;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
            var version = signal.Version;
            var head = await db.AuditEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            if (snapshot is not null && snapshot.LocalVersion == version && snapshot.AuditHead == head)
            {
                return snapshot;
            }

            var makers = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => (o.Name, o.Slug), ct);
            var products = await db.Products.AsNoTracking().ToListAsync(ct);
            var summaries = products.Select(p => ProductSummary.From(p, makers[p.MakerId].Name, makers[p.MakerId].Slug)).ToList();
            _snapshot = snapshot = new RegisterSnapshot(version, head, summaries);
            return snapshot;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private bool PollDue()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastPollTicks);
        return now - last >= PollInterval.Ticks && Interlocked.CompareExchange(ref _lastPollTicks, now, last) == last;
    }
}
