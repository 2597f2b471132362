using System.Globalization;
using System.Text;

namespace Baken.Core.Register.Search;

/// <summary>
/// Folds text for Dutch-friendly matching: lower case, diacritics removed ("geïntegreerd" and
/// "geintegreerd" match), punctuation as spaces.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    public static string[] Terms(string? query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
