using System.Globalization;
using System.Text;

namespace Baken.Demo;

/// <summary>URL slugs for generated names ("Zorggroep Noorderlicht (fictief)" -> "zorggroep-noorderlicht-fictief").</summary>
internal static class Slugs
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length <= 110 ? slug : slug[..110].TrimEnd('-');
    }

    /// <summary>Adds "-2", "-3", ... until the slug is free, and claims it.</summary>
    public static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return candidate;
    }
}
