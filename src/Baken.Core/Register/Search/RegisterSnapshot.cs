using System.Collections.Concurrent;
using System.Text;
using Baken.Core.Register.Products;

namespace Baken.Core.Register.Search;

/// <summary>
/// One immutable view of the register, arranged so a query does almost no work: products in
/// name order, their filter fields in a compact array, a second order by update time, and a word
/// index. The folded text is words joined by single spaces and a search term has no space, so
/// "the text contains the term" is "one of its words contains the term": a scan over the
/// distinct words (far fewer than the products' text) finds every product that matches.
/// </summary>
internal sealed class RegisterSnapshot
{
    private const char Separator = '\u0001';
    private const int MaxCachedTerms = 4096;

    private readonly string _words;
    private readonly int[] _wordStarts;
    private readonly int[][] _postings;
    private readonly ConcurrentDictionary<string, ulong[]> _termSets = new(StringComparer.Ordinal);

    public RegisterSnapshot(long localVersion, long auditHead, List<ProductSummary> products)
    {
        LocalVersion = localVersion;
        AuditHead = auditHead;
        products.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.FoldedName, b.FoldedName);
            return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
        });
        Products = [.. products];
        Rows = [.. Products.Select(FilterRow.From)];
        ByUpdated = [.. Enumerable.Range(0, Products.Length)
            .OrderByDescending(i => Products[i].UpdatedAt).ThenBy(i => Products[i].Slug, StringComparer.Ordinal)];

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var postings = new List<List<int>>();
        for (var i = 0; i < Products.Length; i++)
        {
            foreach (var word in Products[i].FoldedText.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!ids.TryGetValue(word, out var id))
                {
                    ids[word] = id = words.Count;
                    words.Add(word);
                    postings.Add([]);
                }

                if (postings[id] is var list && (list.Count == 0 || list[^1] != i))
                {
                    list.Add(i);
                }
            }
        }

        var text = new StringBuilder().Append(Separator);
        _wordStarts = new int[words.Count];
        for (var id = 0; id < words.Count; id++)
        {
            _wordStarts[id] = text.Length;
            text.Append(words[id]).Append(Separator);
        }

        _words = text.ToString();
        _postings = [.. postings.Select(l => l.ToArray())];
    }

    public long LocalVersion { get; }
    public long AuditHead { get; }

    /// <summary>By folded name, then slug.</summary>
    public ProductSummary[] Products { get; }

    /// <summary>Parallel to <see cref="Products"/>.</summary>
    public FilterRow[] Rows { get; }

    /// <summary>Positions in <see cref="Products"/>, newest change first.</summary>
    public int[] ByUpdated { get; }

    /// <summary>Positions whose text contains the term, as a bit set; cached per snapshot.</summary>
    public ulong[] TermSet(string term)
    {
        if (_termSets.TryGetValue(term, out var cached))
        {
            return cached;
        }

        var set = new ulong[(Products.Length + 63) / 64];
        var from = 0;
        while (from < _words.Length && _words.IndexOf(term, from, StringComparison.Ordinal) is var at and >= 0)
        {
            // Word starts are ascending, so the word holding the match is found by binary search.
            var index = Array.BinarySearch(_wordStarts, at);
            var id = index >= 0 ? index : ~index - 1;
            foreach (var position in _postings[id])
            {
                set[position >> 6] |= 1UL << position;
            }

            from = _words.IndexOf(Separator, at) + 1;
        }

        // Bounded, so arbitrary queries cannot grow the cache without limit.
        if (_termSets.Count < MaxCachedTerms)
        {
            _termSets.TryAdd(term, set);
        }

        return set;
    }
}

/// <summary>The filterable fields of one product, packed for a fast scan.</summary>
internal readonly record struct FilterRow(
    ProductStatus Status, ApplicationArea Area, LifecyclePhase Phase, AiKind AiKind,
    HostingRegion? HostingRegion, bool? HighRisk, string? ClassifiedDeviceClass, ulong Sectors, Guid MakerId)
{
    public static FilterRow From(ProductSummary p) => new(
        p.Status, p.ApplicationArea, p.Phase, p.AiKind, p.HostingRegion, p.AiActHighRisk, p.ClassifiedDeviceClass,
        p.Sectors.Aggregate(0UL, (bits, sector) => bits | (1UL << (int)sector)), p.MakerId);

    public bool Matches(ProductQuery q) =>
        (q.Area is not { } area || Area == area)
        && (q.Sector is not { } sector || (Sectors & (1UL << (int)sector)) != 0)
        && (q.Phase is not { } phase || Phase == phase)
        && (q.AiKind is not { } kind || AiKind == kind)
        && (q.HostingRegion is not { } region || HostingRegion == region)
        && (q.HighRisk is not { } highRisk || HighRisk == highRisk)
        && ClassificationFilter.Matches(q.Classification, HighRisk, ClassifiedDeviceClass)
        && (q.Status is not { } status || Status == status);
}
