using System.Globalization;

namespace Baken.Engine.Registers;

// Checks the six cells of each row, whichever layout they came from, and keeps the entries and the
// issues. The release is built only when there is no issue at all: a partly read list imported as a
// new release would mark every unread entry as delisted.
internal sealed class FdaReleaseBuilder(FdaReadOptions options, IReadOnlyList<string> columns)
{
    public const int Date = 0, Number = 1, Device = 2, Company = 3, Panel = 4, ProductCode = 5;

    private readonly List<FdaEntry> _entries = [];
    private readonly List<FdaIssue> _issues = [];
    private readonly Dictionary<string, (int Row, int Line)> _seen = new(StringComparer.Ordinal);
    private int _unlisted;

    public int Rows { get; set; }

    public void Issue(FdaIssue issue)
    {
        if (_issues.Count < options.MaxIssues)
        {
            _issues.Add(issue);
        }
        else
        {
            _unlisted++;
        }
    }

    public void Issue(FdaIssueKind kind, int row, int line, int column, string what) =>
        Issue(FdaIssue.AtRow(kind, row, line, columns[column], what));

    // number is null when the layout could not extract it and has reported why.
    public void Add(int row, int line, string date, string? number, string device, string company, string panel, string productCode)
    {
        var before = _issues.Count + _unlisted;
        string[] cells = [date, number ?? "-", device, company, panel, productCode];
        for (var i = 0; i < cells.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(cells[i]))
            {
                Issue(FdaIssueKind.EmptyCell, row, line, i, $"the {columns[i]} is missing or empty.");
            }
        }

        var ok = DateOnly.TryParseExact(date, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var decision);
        if (!ok && !string.IsNullOrWhiteSpace(date))
        {
            Issue(FdaIssueKind.BadDate, row, line, Date, $"the {columns[Date]} {FdaIssue.Quote(date)} is not a date in MM/DD/YYYY.");
        }

        if (number is not null && !string.IsNullOrWhiteSpace(number))
        {
            if (!FdaSubmissionNumber.IsValid(number))
            {
                Issue(FdaIssueKind.BadSubmissionNumber, row, line, Number,
                    $"the {columns[Number]} {FdaIssue.Quote(number)} is not K, DEN or P with six digits (P optionally with /S and three digits).");
            }
            else if (!_seen.TryAdd(number, (row, line)))
            {
                var first = _seen[number];
                Issue(FdaIssueKind.DuplicateSubmissionNumber, row, line, Number,
                    $"the {columns[Number]} {number} was already in row {FdaIssue.N(first.Row)} (line {FdaIssue.N(first.Line)}); the number must be unique.");
            }
        }

        if (!string.IsNullOrWhiteSpace(productCode) && !IsProductCode(productCode))
        {
            Issue(FdaIssueKind.BadProductCode, row, line, ProductCode,
                $"the {columns[ProductCode]} {FdaIssue.Quote(productCode)} is not three capital letters.");
        }

        if (_issues.Count + _unlisted == before && number is not null)
        {
            _entries.Add(new FdaEntry(number, decision, device, company, panel, productCode));
        }
    }

    public FdaReadResult Build(FdaLayout? layout, string sha256)
    {
        if (_issues.Count == 0 && _unlisted == 0 && _entries.Count == 0)
        {
            Issue(new FdaIssue(FdaIssueKind.EmptyFile, "The file has no rows."));
        }

        if (_unlisted > 0)
        {
            _issues.Add(new FdaIssue(FdaIssueKind.TooManyIssues,
                $"{FdaIssue.N(_unlisted)} more issues are not listed; the first {FdaIssue.N(options.MaxIssues)} are above."));
        }

        if (_issues.Count > 0)
        {
            return new FdaReadResult(null, _issues, layout, Rows, sha256);
        }

        var date = options.ReleaseDate ?? _entries.Max(e => e.DecisionDate);
        return new FdaReadResult(new FdaRelease(_entries, date, sha256, layout!.Value), _issues, layout, Rows, sha256);
    }

    private static bool IsProductCode(string code) => code is [>= 'A' and <= 'Z', >= 'A' and <= 'Z', >= 'A' and <= 'Z'];
}
