using System.Globalization;

namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>
/// Reads the instance files of Mankowska et al. (2014) as mirrored in afkummer/gecco2020-brkga: a section
/// name on its own, then its values, whitespace-separated over any number of lines. Every count is
/// checked against nbNodes, nbVehi and nbServi, and every problem names its line.
/// </summary>
public static class HhcrspInstanceReader
{
    private static readonly string[] SectionNames = ["nbNodes", "nbVehi", "nbServi", "r", "DS", "a", "x", "y", "d", "p", "mind", "maxd", "e", "l"];

    /// <summary>Reads an instance file.</summary>
    public static PlanningOutcome<HhcrspInstance> Read(PlanningFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var issues = new List<PlanningIssue>();
        var sections = Scan(file, issues);
        if (issues.Count > 0)
        {
            return PlanningOutcome<HhcrspInstance>.Failure(issues);
        }

        foreach (var name in SectionNames.Where(n => !sections.ContainsKey(n)))
        {
            issues.Add(new PlanningIssue(file.Name, null, $"section '{name}' is missing."));
        }

        if (issues.Count > 0)
        {
            return PlanningOutcome<HhcrspInstance>.Failure(issues);
        }

        var builder = new HhcrspInstanceBuilder(file.Name, sections, issues);
        var instance = builder.Build();
        return instance is null || issues.Count > 0 ? PlanningOutcome<HhcrspInstance>.Failure(issues) : PlanningOutcome<HhcrspInstance>.Success(instance);
    }

    // One pass over the text: section names start with a letter, everything else is a number of the
    // current section. Only ASCII blanks separate tokens (the format has no others), which keeps the
    // loop to a compare per character on the 10 MB instances of a thousand visits.
    private static Dictionary<string, Section> Scan(PlanningFile file, List<PlanningIssue> issues)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        var text = file.Text.AsSpan();
        Section? current = null;
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
                continue;
            }

            if (c <= ' ')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] > ' ')
            {
                i++;
            }

            var token = text[start..i];
            if (char.IsAsciiLetter(token[0]))
            {
                var name = token.ToString();
                if (Array.IndexOf(SectionNames, name) < 0)
                {
                    var where = current is null ? "" : $" in section '{current.Name}' is not a number and";
                    issues.Add(new PlanningIssue(file.Name, line, $"'{Shorten(name)}'{where} is not a section of an HHCRSP instance (sections: {string.Join(", ", SectionNames)})."));
                    return sections;
                }

                if (sections.TryGetValue(name, out var earlier))
                {
                    issues.Add(new PlanningIssue(file.Name, line, $"section '{name}' occurs a second time (first on line {earlier.Line})."));
                    return sections;
                }

                current = new Section(name, line);
                sections.Add(name, current);
            }
            else if (current is null)
            {
                issues.Add(new PlanningIssue(file.Name, line, $"'{Shorten(token.ToString())}' comes before any section name; the file must start with 'nbNodes'."));
                return sections;
            }
            else if (DecimalText.TryParse(token, out var value) && double.IsFinite(value))
            {
                current.Add(value, line);
            }
            else
            {
                issues.Add(new PlanningIssue(file.Name, line, $"'{Shorten(token.ToString())}' in section '{current.Name}' is not a number."));
                return sections;
            }
        }

        return sections;
    }

    private static string Shorten(string token) => token.Length <= 40 ? token : string.Concat(token.AsSpan(0, 40), "...");

    // The values of one section, and for each text line the index of its first value, so that a
    // value's line is found by binary search instead of being stored a million times.
    internal sealed class Section(string name, int line)
    {
        private readonly List<(int FirstValue, int Line)> _lines = [];
        private double[] _values = new double[16];

        public string Name { get; } = name;

        public int Line { get; } = line;

        public int Count { get; private set; }

        public double this[int index] => _values[index];

        public void Add(double value, int line)
        {
            if (Count == _values.Length)
            {
                Array.Resize(ref _values, _values.Length * 2);
            }

            if (_lines.Count == 0 || _lines[^1].Line != line)
            {
                _lines.Add((Count, line));
            }

            _values[Count++] = value;
        }

        public int LineOf(int index)
        {
            var (low, high) = (0, _lines.Count - 1);
            if (high < 0 || index >= Count)
            {
                return Line;
            }

            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                (low, high) = _lines[mid].FirstValue <= index ? (mid, high) : (low, mid - 1);
            }

            return _lines[low].Line;
        }

        public double[] ToArray() => _values[..Count];

        public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
