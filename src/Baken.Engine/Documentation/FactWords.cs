using System.Globalization;
using System.Text;

namespace Baken.Engine.Documentation;

/// <summary>A word or number of a sentence, with its span, for fact extraction.</summary>
/// <param name="Start">Offset in the sentence.</param>
/// <param name="Length">Length in the sentence.</param>
/// <param name="Folded">Lower-case, without diacritics; decimal commas kept as written.</param>
internal readonly record struct FactToken(int Start, int Length, string Folded)
{
    public int End => Start + Length;

    public bool IsNumber => Folded.Length > 0 && char.IsAsciiDigit(Folded[0]) && char.IsAsciiDigit(Folded[^1]);
}

/// <summary>
/// The word-level normalisation of the fact check: tokens, case and diacritic folding, a light stem
/// (plural and inflection endings, the same for every word so Dutch and English spellings of a drug
/// meet: "metformine" and "metformin", "knieën" and "knie"), and numbers written as words.
/// </summary>
internal static class FactWords
{
    /// <summary>Runs of letters and digits; digits keep inner '.', ',', '/', ':' and '-' (2.5, 1,5, 120/80, 2024-03-01).
    /// '%' and '°' are tokens of their own.</summary>
    public static List<FactToken> Tokenise(string text)
    {
        var tokens = new List<FactToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '%' or '°')
            {
                tokens.Add(new FactToken(i, 1, c.ToString()));
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '.' or ',' or '/' or ':' or '-' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            tokens.Add(new FactToken(start, i - start, Fold(text.AsSpan(start, i - start))));
        }

        return tokens;
    }

    /// <summary>Lower case without diacritics: "Één" becomes "een".</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var decomposed = text.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A crude stem, the same for every word: it only has to make the variants of one word meet.</summary>
    public static string Stem(string folded)
    {
        var s = folded;
        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Length > 4 && s.EndsWith('s'))
        {
            s = s[..^1];
        }

        if (s.Length > 5 && s.EndsWith("en", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Length > 4 && s.EndsWith('e'))
        {
            s = s[..^1];
        }

        return s;
    }

    /// <summary>A number as a canonical string: "1,5" and "1.5" give "1.5"; "120/80" stays; null when not a number.</summary>
    public static string? Number(string folded)
    {
        if (folded.Contains('/', StringComparison.Ordinal))
        {
            var parts = folded.Split('/');
            return parts.Length == 2 && parts.All(p => p.All(char.IsAsciiDigit)) ? $"{Trim(parts[0])}/{Trim(parts[1])}" : null;
        }

        // One ',' or '.' is a decimal separator; more are thousands separators ("1.000.000") or a date.
        var separators = folded.Count(c => c is ',' or '.');
        var text = separators == 1 ? folded.Replace(',', '.') : folded;
        return separators <= 1 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("G29", CultureInfo.InvariantCulture)
            : null;
    }

    private static string Trim(string digits) => digits.TrimStart('0') is { Length: > 0 } t ? t : "0";

    /// <summary>Reads a number written in words ("ten", "twenty five", "vijfentwintig") starting at token
    /// <paramref name="i"/>; returns the value and how many tokens it used, or 0 tokens.</summary>
    public static (int Value, int Tokens) NumberWords(List<FactToken> tokens, int i)
    {
        if (i >= tokens.Count || !Words.TryGetValue(tokens[i].Folded, out var value))
        {
            return (0, 0);
        }

        var used = 1;
        // "twenty five": a tens word followed by a unit word.
        if (value is >= 20 and < 100 && value % 10 == 0 && i + 1 < tokens.Count
            && Words.TryGetValue(tokens[i + 1].Folded, out var unit) && unit is > 0 and < 10)
        {
            value += unit;
            used++;
        }

        return (value, used);
    }

    private static readonly Dictionary<string, int> Words = Build();

    private static Dictionary<string, int> Build()
    {
        string[] english = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] dutch = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
            "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
        string[] englishTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] dutchTens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
        var words = new Dictionary<string, int>(StringComparer.Ordinal) { ["hundred"] = 100, ["honderd"] = 100 };
        for (var n = 0; n < 20; n++)
        {
            words[english[n]] = n;
            words[dutch[n]] = n;
        }

        for (var t = 0; t < 8; t++)
        {
            words[englishTens[t]] = (t + 2) * 10;
            words[dutchTens[t]] = (t + 2) * 10;
            // Dutch writes 21..99 as one word, units first: "eenentwintig", "tweeentwintig" (after folding "ë").
            for (var u = 1; u < 10; u++)
            {
                words[dutch[u] + "en" + dutchTens[t]] = ((t + 2) * 10) + u;
            }
        }

        return words;
    }
}
