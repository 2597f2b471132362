using System.Globalization;

namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>
/// Reads a plan CSV: '#' comment lines, a header naming the columns staff, patient, service and start
/// (in any order; further columns are ignored), then one row per service given. Numbers that are out
/// of the instance's range are not an error here: the checker reports them as unknown_reference.
/// </summary>
public static class HhcrspPlanReader
{
    private static readonly string[] Columns = ["staff", "patient", "service", "start"];

    /// <summary>Reads a plan file.</summary>
    public static PlanningOutcome<HhcrspPlan> Read(PlanningFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var issues = new List<PlanningIssue>();
        var rows = new List<HhcrspRow>();
        int[]? positions = null;
        var width = 0;
        var lineNumber = 0;
        foreach (var raw in file.Text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',');
            if (positions is null)
            {
                positions = Header(fields, file.Name, lineNumber, issues);
                width = fields.Length;
                if (positions is null)
                {
                    break;
                }

                continue;
            }

            if (fields.Length != width)
            {
                issues.Add(new PlanningIssue(file.Name, lineNumber, $"{fields.Length} fields; the header has {width}."));
                continue;
            }

            if (Row(fields, positions, rows.Count, lineNumber, file.Name, issues) is { } row)
            {
                rows.Add(row);
            }

            if (issues.Count >= 20)
            {
                break;
            }
        }

        if (positions is null && issues.Count == 0)
        {
            issues.Add(new PlanningIssue(file.Name, null, $"no header line; the first line that is not a comment must be '{string.Join(',', Columns)}'."));
        }

        return issues.Count > 0 ? PlanningOutcome<HhcrspPlan>.Failure(issues) : PlanningOutcome<HhcrspPlan>.Success(new HhcrspPlan(rows));
    }

    private static int[]? Header(string[] fields, string file, int line, List<PlanningIssue> issues)
    {
        var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var positions = Columns.Select(c => names.IndexOf(c)).ToArray();
        var missing = Columns.Where((_, i) => positions[i] < 0).ToList();
        if (missing.Count == 0)
        {
            return positions;
        }

        issues.Add(new PlanningIssue(file, line, $"the header lacks the column(s) {string.Join(", ", missing)}; expected '{string.Join(',', Columns)}'."));
        return null;
    }

    private static HhcrspRow? Row(string[] fields, int[] positions, int row, int line, string file, List<PlanningIssue> issues)
    {
        var values = new int[3];
        for (var c = 0; c < 3; c++)
        {
            var text = fields[positions[c]].Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out values[c]))
            {
                issues.Add(new PlanningIssue(file, line, $"column '{Columns[c]}' must be a whole number, found '{Shorten(text)}'."));
                return null;
            }
        }

        var startText = fields[positions[3]].Trim();
        if (!DecimalText.TryParse(startText, out var start) || !double.IsFinite(start))
        {
            issues.Add(new PlanningIssue(file, line, $"column 'start' must be a number (with a decimal point), found '{Shorten(startText)}'."));
            return null;
        }

        return new HhcrspRow(values[0], values[1], values[2], start, row, line);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
