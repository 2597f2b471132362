using System.Globalization;
using System.Text;

namespace Baken.Engine.Documentation;

/// <summary>How transcript text is prepared before WER and CER are counted; recorded in the result.</summary>
public enum TextNormalisation
{
    /// <summary>Speaker tags <c>[...]</c> removed, lower-cased (invariant culture), every Unicode
    /// punctuation character (categories P*) deleted, split on white space. Diacritics are kept.</summary>
    Basic,

    /// <summary>The raw text, split on white space only.</summary>
    None,
}

/// <summary>Turns a transcript into the words that WER counts (and, joined by single spaces, the characters CER counts).</summary>
public static class TextNormaliser
{
    /// <summary>The name written into results and accepted on the command line.</summary>
    public static string Name(TextNormalisation normalisation) => normalisation switch
    {
        TextNormalisation.Basic => "basic",
        TextNormalisation.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(normalisation)),
    };

    /// <summary>Parses "basic" or "none" (case-insensitive).</summary>
    public static bool TryParse(string? text, out TextNormalisation normalisation)
    {
        normalisation = TextNormalisation.Basic;
        if (string.Equals(text, "basic", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        normalisation = TextNormalisation.None;
        return string.Equals(text, "none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words of <paramref name="text"/> after normalisation.</summary>
    public static string[] Words(string text, TextNormalisation normalisation)
    {
        ArgumentNullException.ThrowIfNull(text);
        return normalisation == TextNormalisation.None
            ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            : Basic(text);
    }

    private static string[] Basic(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[' && TagEnd(text, i) is var end and > 0)
            {
                // The tag goes as if it had never been written: it neither joins nor splits words.
                i = end;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                Flush(words, word);
            }
            else if (!IsPunctuation(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        Flush(words, word);
        return [.. words];
    }

    // A tag is '[' up to the next ']' on the same line; a '[' without one is plain punctuation.
    private static int TagEnd(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ']':
                    return i;
                case '[' or '\n' or '\r':
                    return -1;
            }
        }

        return -1;
    }

    private static bool IsPunctuation(UnicodeCategory category) => category is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation;

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
