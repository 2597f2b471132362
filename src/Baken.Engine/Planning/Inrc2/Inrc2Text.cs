using System.Globalization;

namespace Baken.Engine.Planning.Inrc2;

// A cursor over the lines of one INRC-II file. Each method either reads what the format says comes
// next or records one issue naming the line and returns false; the readers stop at the first issue,
// because after a wrong line the rest of a positional format cannot be trusted.
internal sealed class Inrc2Text(PlanningFile file)
{
    public static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private readonly TextLines _lines = new(file.Name, file.Text);

    public PlanningIssue? Issue { get; private set; }

    public bool AtEnd => _lines.AtEnd;

    public bool Fail(int? line, string message)
    {
        Issue ??= _lines.Issue(line, message);
        return false;
    }

    public bool Next(string expected, out TextLine line)
    {
        if (_lines.TryNext(out line))
        {
            return true;
        }

        Issue ??= _lines.EndIssue(expected);
        return false;
    }

    /// <summary>A line that is exactly <paramref name="keyword"/>.</summary>
    public bool Keyword(string keyword)
    {
        if (!Next($"'{keyword}'", out var line))
        {
            return false;
        }

        return line.Tokens is [var only] && only.Equals(keyword, StringComparison.OrdinalIgnoreCase)
            || Fail(line.Number, $"expected '{keyword}', found '{Shorten(string.Join(' ', line.Tokens))}'.");
    }

    /// <summary>A line "KEY = value" (spaces around '=' optional).</summary>
    public bool KeyValue(string key, out string value, out int lineNumber)
    {
        value = "";
        lineNumber = 0;
        if (!Next($"'{key} = ...'", out var line))
        {
            return false;
        }

        lineNumber = line.Number;
        var text = string.Join(' ', line.Tokens);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0 || !text[..eq].Trim().Equals(key, StringComparison.OrdinalIgnoreCase) || text[(eq + 1)..].Trim().Length == 0)
        {
            return Fail(line.Number, $"expected '{key} = ...', found '{Shorten(text)}'.");
        }

        value = text[(eq + 1)..].Trim();
        return true;
    }

    public bool KeyCount(string key, out int count)
    {
        count = 0;
        return KeyValue(key, out var value, out var line) && Int(value, line, $"the number after '{key} ='", out count, minimum: 0);
    }

    public bool Int(string token, int line, string what, out int value, int minimum = 0)
    {
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= minimum)
        {
            return true;
        }

        return Fail(line, $"{what} must be a whole number of at least {minimum}, found '{Shorten(token)}'.");
    }

    /// <summary>"(a,b)", both whole numbers ≥ 0.</summary>
    public bool Pair(string token, int line, string what, out int a, out int b)
    {
        (a, b) = (0, 0);
        var parts = token.Length >= 5 && token[0] == '(' && token[^1] == ')' ? token[1..^1].Split(',') : [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out a)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out b))
        {
            return true;
        }

        return Fail(line, $"{what} must be a pair '(a,b)' of whole numbers, found '{Shorten(token)}'.");
    }

    public bool Day(string token, int line, out int day)
    {
        day = Array.FindIndex(DayNames, d => d.Equals(token, StringComparison.OrdinalIgnoreCase));
        return day >= 0 || Fail(line, $"'{Shorten(token)}' is not a day; expected one of {string.Join(", ", DayNames)}.");
    }

    public bool Known(int index, string token, int line, string what, IEnumerable<string> known)
    {
        if (index >= 0)
        {
            return true;
        }

        var names = known.Take(12).ToList();
        return Fail(line, $"'{Shorten(token)}' is not a {what} of the scenario (known: {string.Join(", ", names)}{(known.Skip(12).Any() ? ", ..." : "")}).");
    }

    public bool Tokens(TextLine line, int count, string shape, bool exact = true)
    {
        return (exact ? line.Tokens.Length == count : line.Tokens.Length >= count)
            || Fail(line.Number, $"expected {shape}, found '{Shorten(string.Join(' ', line.Tokens))}'.");
    }

    /// <summary>Anything after the last expected line is a mistake (a wrong count above, or two files in one).</summary>
    public bool End()
    {
        return AtEnd || Fail(_lines.Peek().Number, $"unexpected line '{Shorten(string.Join(' ', _lines.Peek().Tokens))}' after the end of the data.");
    }

    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "...");
}
