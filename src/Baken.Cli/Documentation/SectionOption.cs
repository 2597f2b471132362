using System.Text.RegularExpressions;
using Baken.Engine.Documentation;

namespace Baken.Cli.Documentation;

/// <summary>
/// Reads <c>--section name=heading,heading</c>. Names become keys of the shared aggregates
/// (<c>sectionPresence</c>), so they must be short identifiers, never free text.
/// </summary>
internal static partial class SectionOption
{
    /// <summary>The sections, or null when none were given (the SOAP default applies).</summary>
    public static List<NoteSection>? Parse(IReadOnlyList<string> values, out List<string> errors)
    {
        errors = [];
        if (values.Count == 0)
        {
            return null;
        }

        var sections = new List<NoteSection>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? value[..equals].Trim() : "";
            var headings = equals > 0
                ? value[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            if (!NamePattern().IsMatch(name) || headings.Length == 0)
            {
                errors.Add($"--section '{value}': write name=heading,heading with a name of lower-case letters, digits, '-' or '_' (e.g. plan=plan,beleid).");
            }
            else if (sections.Any(s => s.Name == name))
            {
                errors.Add($"--section '{value}': the section '{name}' is given twice.");
            }
            else
            {
                sections.Add(new NoteSection(name, headings));
            }
        }

        return sections;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,39}$")]
    private static partial Regex NamePattern();
}
