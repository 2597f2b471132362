using System.Globalization;
using System.Text;

namespace Baken.Engine.Registers;

/// <summary>
/// The forms of FDA's names beside the exact string an entry keeps. FDA's list carries Windows-1252
/// characters that were decoded as Latin-1 upstream (<c>SIGNA\u0099 Sprint</c> for <c>SIGNA™ Sprint</c>),
/// while other rows have the real <c>™</c>; and one company name starts with a tab and a line feed.
/// The exact string stays the record of what FDA published (a later release is compared with it);
/// these forms are for people and for matching.
/// </summary>
public static class FdaText
{
    // Windows-1252 bytes 0x80-0x9F as Unicode; '\0' where 1252 leaves the byte undefined.
    private const string Windows1252 =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>
    /// The form to show: each C1 control character (U+0080 to U+009F) replaced by the Windows-1252
    /// character of that byte (U+0099 → ™, U+0093/U+0094 → “ ”, U+0096 → –; the five bytes 1252 leaves
    /// undefined are dropped), runs of white space as one space, no leading or trailing white space.
    /// </summary>
    public static string Display(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = raw is >= '\u0080' and <= '\u009F' ? Windows1252[raw - 0x80] : raw;
            if (c == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.Length == text.Length && sb.Equals(text.AsSpan()) ? text : sb.ToString();
    }

    /// <summary>
    /// The grouping key: <see cref="Display"/> lower-cased (invariant culture). Names that differ only in
    /// case or white space (<c>Ge Medical Systems, LLC</c>, <c>GE Medical Systems, LLC</c>) share a key.
    /// Lower-casing stands in for full Unicode case folding; they differ only for letters such as ß,
    /// which FDA's list does not contain.
    /// </summary>
    public static string Key(string text) => Display(text).ToLowerInvariant();

    /// <summary>
    /// The search form: <see cref="Display"/>, lower case, diacritics removed, and every character that
    /// is not a letter or digit (punctuation, symbols such as ™) as a word break; words joined by one
    /// space. <c>Scopio Labs , Ltd.</c> and <c>Scopio Labs Ltd.</c> both give <c>scopio labs ltd</c>.
    /// </summary>
    public static string SearchKey(string text) => string.Join(' ', Words(text));

    /// <summary>The words of <see cref="SearchKey"/>.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var decomposed = Display(text).Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
