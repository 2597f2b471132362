namespace Baken.Engine.Planning;

/// <summary>One non-empty line of a whitespace-separated text format, with its 1-based line number.</summary>
internal readonly record struct TextLine(int Number, string[] Tokens);

/// <summary>
/// Splits the INRC-II text formats into lines of tokens, dropping empty lines, so that the readers can
/// walk them with a cursor and still name the line of every problem.
/// </summary>
internal sealed class TextLines
{
    private static readonly char[] Blanks = [' ', '\t', '\r', '\f', '\v'];
    private readonly List<TextLine> _lines = [];
    private int _next;

    public TextLines(string file, string text)
    {
        File = file;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var tokens = raw.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 0)
            {
                _lines.Add(new TextLine(number, tokens));
            }
        }

        LastLine = number;
    }

    public string File { get; }

    /// <summary>The number of the file's last line, for "ends early" messages.</summary>
    public int LastLine { get; }

    public bool AtEnd => _next >= _lines.Count;

    public TextLine Peek() => _lines[_next];

    public bool TryNext(out TextLine line)
    {
        if (AtEnd)
        {
            line = default;
            return false;
        }

        line = _lines[_next++];
        return true;
    }

    public PlanningIssue Issue(int? line, string message) => new(File, line, message);

    public PlanningIssue EndIssue(string expected) => new(File, LastLine, $"the file ends where {expected} was expected.");
}
