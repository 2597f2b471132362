namespace Baken.Engine.Registers;

/// <summary>An entry suggested for a maker's query, with its score (0 to 2).</summary>
public sealed record FdaSuggestion(FdaEntry Entry, double Score);

/// <summary>
/// Suggests FDA entries for a maker's company and device names. The rule, kept simple so that a maker
/// can follow it:
/// <list type="number">
/// <item>Query and names are folded into words (<see cref="FdaText.Words"/>: case, diacritics and
/// punctuation do not count); legal forms are left out of company names (<see cref="FdaCompanyNames.Cores"/>).</item>
/// <item>Each distinct query word scores 1 when a word of the name equals it, 0.5 when a word of the
/// name starts with it (query words of two or more characters), else 0.</item>
/// <item>The company part and the device part each score the mean over their query words (0 to 1; an
/// empty part scores 0); the entry's score is their sum (0 to 2).</item>
/// <item>Entries scoring 0 are left out; the rest are ranked by score, then newest decision first,
/// then by submission number.</item>
/// </list>
/// One product with many submissions gives one suggestion per submission; group with
/// <see cref="FdaProducts"/> to show products. An instance is immutable, so one can serve every request.
/// </summary>
public sealed class FdaSuggester
{
    private readonly Candidate[] _candidates;

    private FdaSuggester(Candidate[] candidates) => _candidates = candidates;

    /// <summary>Prepares the entries' words once, for many queries.</summary>
    public static FdaSuggester Create(IEnumerable<FdaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new FdaSuggester(
        [
            .. entries.Select(e => new Candidate(
                e,
                [.. FdaCompanyNames.Cores(e.Company).SelectMany(c => c.Split(' ')).Distinct(StringComparer.Ordinal)],
                [.. FdaText.Words(e.Device).Distinct(StringComparer.Ordinal)])),
        ]);
    }

    /// <summary>The <paramref name="top"/> best entries for the query; either name may be empty.</summary>
    public IReadOnlyList<FdaSuggestion> Suggest(string? company, string? device, int top = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var companyWords = company is null ? [] : FdaCompanyNames.Cores(company).SelectMany(c => c.Split(' ')).Distinct(StringComparer.Ordinal).ToArray();
        var deviceWords = device is null ? [] : FdaText.Words(device).Distinct(StringComparer.Ordinal).ToArray();
        if (companyWords.Length == 0 && deviceWords.Length == 0)
        {
            return [];
        }

        var scored = new List<FdaSuggestion>();
        foreach (var c in _candidates)
        {
            var score = Part(companyWords, c.CompanyWords) + Part(deviceWords, c.DeviceWords);
            if (score > 0)
            {
                scored.Add(new FdaSuggestion(c.Entry, score));
            }
        }

        return
        [
            .. scored
                .OrderByDescending(s => s.Score)
                .ThenByDescending(s => s.Entry.DecisionDate)
                .ThenBy(s => s.Entry.SubmissionNumber, StringComparer.Ordinal)
                .Take(top),
        ];
    }

    private static double Part(string[] query, string[] name)
    {
        if (query.Length == 0)
        {
            return 0;
        }

        var points = 0.0;
        foreach (var word in query)
        {
            points += Points(word, name);
        }

        return points / query.Length;
    }

    private static double Points(string word, string[] name)
    {
        var best = 0.0;
        foreach (var n in name)
        {
            if (string.Equals(n, word, StringComparison.Ordinal))
            {
                return 1;
            }

            if (word.Length >= 2 && n.StartsWith(word, StringComparison.Ordinal))
            {
                best = 0.5;
            }
        }

        return best;
    }

    private sealed record Candidate(FdaEntry Entry, string[] CompanyWords, string[] DeviceWords);
}
