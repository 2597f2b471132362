using System.Text.RegularExpressions;
using System.Xml.Linq;
using Baken.Web.Pages.Shared;

namespace Baken.Web.Tests.Pages;

/// <summary>Every Dutch interface text has an English one (docs/adr/0007), and no English entry is left over.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void EveryDutchText_HasAnEnglishTranslation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Baken.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx")).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Concat(Labels.AllDutch)
            .Concat(PageErrors.AllDutch)
            .ToHashSet(StringComparer.Ordinal);

        var missing = used.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"Empty English for '{e.Key}'"));

        // Resource names are case-insensitive when compiled: "Tot" and "tot" would silently become one.
        var clashes = english.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(clashes.Count == 0, "Keys that differ only in case: " + string.Join(" | ", clashes));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Baken.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("\\b[Tt]\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\]")]
    private static partial Regex Key();
}
