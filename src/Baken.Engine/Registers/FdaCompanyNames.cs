using System.Collections.Frozen;

namespace Baken.Engine.Registers;

/// <summary>How closely a company name a maker typed matches the one FDA lists.</summary>
public enum FdaCompanyMatch
{
    /// <summary>The names are different companies, as far as these rules can tell.</summary>
    None,

    /// <summary>Character for character the same.</summary>
    Exact,

    /// <summary>The same <see cref="FdaText.Key"/>: only case, white space or C1 characters differ.</summary>
    Normalised,

    /// <summary>
    /// The same company core: <see cref="FdaText.Words"/> (punctuation and diacritics folded), without
    /// legal forms at the end (<c>Inc.</c>, <c>Co., Ltd.</c>, <c>S.R.L.</c>, <c>AB (publ)</c>), where either
    /// side of a <c>d/b/a</c> counts. <c>Scopio Labs , Ltd.</c>, <c>Scopio Labs Ltd.</c> and <c>Scopio Labs</c> match.
    /// </summary>
    Variant,
}

/// <summary>Compares company names the way <see cref="FdaCompanyMatch"/> describes.</summary>
public static class FdaCompanyNames
{
    // Legal forms dropped from the end of a name, as folded words. Single letters are dropped only in
    // runs of two or more (S.A., B.V., S.R.L.), so a name that ends in one letter keeps it.
    private static readonly FrozenSet<string> LegalForms = FrozenSet.Create(StringComparer.Ordinal,
        "ab", "ag", "aps", "as", "asa", "bv", "co", "company", "corp", "corporation", "doo", "gmbh", "inc", "incorporated",
        "kft", "kg", "kk", "lda", "limited", "llc", "llp", "lp", "ltd", "ltda", "mbh", "nv", "oy", "oyj", "plc", "pte",
        "pty", "pvt", "publ", "sa", "sarl", "sas", "se", "sl", "spa", "sro", "srl", "ulc");

    /// <summary>The closest level at which <paramref name="typed"/> matches <paramref name="listed"/>.</summary>
    public static FdaCompanyMatch Match(string listed, string? typed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        if (string.IsNullOrWhiteSpace(typed))
        {
            return FdaCompanyMatch.None;
        }

        if (string.Equals(listed, typed, StringComparison.Ordinal))
        {
            return FdaCompanyMatch.Exact;
        }

        if (string.Equals(FdaText.Key(listed), FdaText.Key(typed), StringComparison.Ordinal))
        {
            return FdaCompanyMatch.Normalised;
        }

        var cores = Cores(listed);
        return Cores(typed).Any(t => cores.Contains(t, StringComparer.Ordinal)) ? FdaCompanyMatch.Variant : FdaCompanyMatch.None;
    }

    /// <summary>
    /// The name's cores: its folded words without trailing legal forms, joined by spaces; a name with
    /// <c>d/b/a</c> (or <c>dba</c>) gives one core for each side.
    /// </summary>
    public static IReadOnlyList<string> Cores(string name)
    {
        var words = FdaText.Words(name);
        var cores = new List<string>();
        var start = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var dba = i + 2 < words.Count && words[i] == "d" && words[i + 1] == "b" && words[i + 2] == "a";
            if (i == words.Count || dba || words[i] == "dba")
            {
                if (Core(words, start, i) is { Length: > 0 } core)
                {
                    cores.Add(core);
                }

                start = dba ? i + 3 : i + 1;
                i = start - 1;
            }
        }

        return cores;
    }

    private static bool IsLetter(string word) => word.Length == 1 && char.IsAsciiLetter(word[0]);

    private static string Core(IReadOnlyList<string> words, int start, int end)
    {
        var last = end;
        while (last > start)
        {
            if (LegalForms.Contains(words[last - 1]))
            {
                last--;
            }
            else if (last - 1 > start && IsLetter(words[last - 1]) && IsLetter(words[last - 2]))
            {
                while (last > start && IsLetter(words[last - 1]))
                {
                    last--;
                }
            }
            else
            {
                break;
            }
        }

        // A name that is nothing but a legal form ("Co., Ltd.") keeps its words rather than matching every name.
        return string.Join(' ', words.Skip(start).Take((last > start ? last : end) - start));
    }
}
