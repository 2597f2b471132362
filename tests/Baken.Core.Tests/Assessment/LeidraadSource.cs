using System.Text;
using System.Text.RegularExpressions;

namespace Baken.Core.Tests.Assessment;

/// <summary>
/// The Leidraad v1.1 as published (text extracted from the PDF, Windows-1252), read here on its
/// own terms so the content can be checked against it without trusting the extractor script.
/// </summary>
internal static partial class LeidraadSource
{
    public static string Text { get; } = Read();

    /// <summary>Every "(1.2.1a)"-style statement label in the body, in order of appearance (duplicates kept).</summary>
    public static IReadOnlyList<string> Labels { get; } = [.. Label().Matches(Text).Select(m => m.Groups[1].Value)];

    /// <summary>Letters and digits only, without page furniture and link targets: for "is this text in the source".</summary>
    public static string Normalised { get; } = Normalise(Text, isSource: true);

    /// <summary>Cross-references such as "eis 2.2a" and "aanbeveling 5.1c": the source's own word for a statement's kind.</summary>
    public static IReadOnlyList<(string Word, string Number)> References { get; } =
        [.. Reference().Matches(Text).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    public static string Normalise(string text, bool isSource = false)
    {
        if (isSource)
        {
            // Page numbers on their own line and markdown link targets are not part of the text.
            text = PageNumber().Replace(text, "\n");
            text = LinkTarget().Replace(text, "");
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString();
    }

    private static string Read()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        var path = Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "sources", "leidraad-kwaliteit-ai-in-de-zorg-v1.1.txt"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(path, Encoding.GetEncoding(1252));

        // Statements live between phase 1 and the outlook chapter; the table of contents and references do not count.
        var start = text.IndexOf("## 1 Verzameling", StringComparison.Ordinal);
        var end = text.IndexOf("## Toekomstperspectieven", StringComparison.Ordinal);
        return text[start..end];
    }

    [GeneratedRegex(@"\((\d\.\d(?:\.\d)?[a-z])\)")]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(eis|aanbeveling)\s+(\d\.\d(?:\.\d)?[a-z])\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\n\s*(\d{1,3}|-----|```)\s*(?=\n)")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\]\(https?://[^)]*\)")]
    private static partial Regex LinkTarget();
}
