using System.Globalization;

namespace Baken.Engine.Readers;

// The validation rules and storage shared by the CSV and Parquet readers, so both formats accept
// and reject exactly the same rows with the same messages.
internal sealed class PredictionSetBuilder
{
    private const int MaxIssues = 1000;
    private const int MaxQuotedLength = 40;

    private readonly PredictionColumns _columns;
    private readonly GrowableColumn<byte> _labels = new();
    private readonly GrowableColumn<double> _scores = new();
    private readonly GrowableColumn<int>[] _codes;
    private readonly GrowableColumn<DateTime>? _timestamps;
    private readonly List<ReadIssue> _issues = [];

    public PredictionSetBuilder(PredictionColumns columns)
    {
        _columns = columns;
        Encoders = [.. columns.SubgroupColumns.Select(name => new SubgroupEncoder(name))];
        _codes = [.. columns.SubgroupColumns.Select(_ => new GrowableColumn<int>())];
        _timestamps = columns.TimestampColumn is null ? null : new GrowableColumn<DateTime>();
    }

    public SubgroupEncoder[] Encoders { get; }

    public PredictionColumns Columns => _columns;

    public long RowsRead { get; private set; }

    // All requested columns, for the missing-column check both readers make before reading rows.
    public IEnumerable<string> RequestedColumns =>
        new[] { _columns.LabelColumn, _columns.ScoreColumn }
            .Concat(_columns.SubgroupColumns)
            .Concat(_columns.TimestampColumn is null ? [] : [_columns.TimestampColumn]);

    public string LabelColumn => _columns.LabelColumn;

    public string ScoreColumn => _columns.ScoreColumn;

    public string? TimestampColumn => _columns.TimestampColumn;

    // Reserves room for the expected number of accepted rows, so the columns are allocated once.
    public void ExpectRows(long rows)
    {
        _labels.EnsureCapacity(rows);
        _scores.EnsureCapacity(rows);
        foreach (var codes in _codes)
        {
            codes.EnsureCapacity(rows);
        }

        _timestamps?.EnsureCapacity(rows);
    }

    // Starts the next data row and returns its 1-based number.
    public long NextRow() => ++RowsRead;

    public bool TryLabel(ReadOnlySpan<char> text, long row, out byte label)
    {
        if (text is ['0' or '1'])
        {
            label = (byte)(text[0] - '0');
            return true;
        }

        label = 0;
        if (text.IsWhiteSpace())
        {
            return Missing(row, _columns.LabelColumn);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return NotNumeric(row, _columns.LabelColumn, text);
        }

        return TryLabel(value, row, out label, text);
    }

    public bool TryLabel(double value, long row, out byte label, ReadOnlySpan<char> original = default)
    {
        label = value == 1.0 ? (byte)1 : (byte)0;
        if (value is 0.0 or 1.0)
        {
            return true;
        }

        var shown = original.IsEmpty ? value.ToString("R", CultureInfo.InvariantCulture) : Quote(original);
        return Issue(ReadIssueKind.LabelNotBinary, row, _columns.LabelColumn,
            RowMessage(row, $"column '{_columns.LabelColumn}' must be 0 or 1, found '{shown}'."));
    }

    public bool TryScore(ReadOnlySpan<char> text, long row, out double score)
    {
        score = 0;
        if (text.IsWhiteSpace())
        {
            return Missing(row, _columns.ScoreColumn);
        }

        if (!TryParseNumber(text, out score))
        {
            return NotNumeric(row, _columns.ScoreColumn, text);
        }

        return CheckScore(score, row);
    }

    // Parsing the scores is the largest part of reading a file; fast_float (csFastFloat) is several
    // times quicker than double.TryParse and rounds the same (correctly). It is trusted only with a
    // plain number ending in a digit that it reads whole; anything else (spaces, "NaN", "Infinity",
    // a trailing junk character) goes to double.TryParse, so accepted and rejected values, and the
    // messages, stay exactly those of the framework parser.
    internal static bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        if (text.Length is > 0 and < 64 && char.IsAsciiDigit(text[^1])
            && csFastFloat.FastDoubleParser.TryParseDouble(text, out var consumed, out value) && consumed == text.Length)
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public bool CheckScore(double score, long row)
    {
        if (double.IsNaN(score))
        {
            return Issue(ReadIssueKind.ScoreNaN, row, _columns.ScoreColumn,
                RowMessage(row, $"column '{_columns.ScoreColumn}' is NaN; a score must be a probability in [0, 1]."));
        }

        if (score is < 0.0 or > 1.0)
        {
            return Issue(ReadIssueKind.ScoreOutOfRange, row, _columns.ScoreColumn,
                RowMessage(row, $"column '{_columns.ScoreColumn}' must be in [0, 1], found {score.ToString("R", CultureInfo.InvariantCulture)}."));
        }

        return true;
    }

    public bool TryTimestamp(ReadOnlySpan<char> text, long row, out DateTime timestamp)
    {
        timestamp = default;
        var column = _columns.TimestampColumn!;
        if (text.IsWhiteSpace())
        {
            return Missing(row, column);
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            timestamp = parsed.UtcDateTime;
            return true;
        }

        return Issue(ReadIssueKind.InvalidTimestamp, row, column,
            RowMessage(row, $"column '{column}' is not a date and time, found '{Quote(text)}'."));
    }

    public bool Missing(long row, string column) =>
        Issue(ReadIssueKind.MissingValue, row, column, RowMessage(row, $"column '{column}' is empty."));

    public void Accept(byte label, double score, ReadOnlySpan<int> codes, DateTime timestamp)
    {
        _labels.Add(label);
        _scores.Add(score);
        for (var i = 0; i < _codes.Length; i++)
        {
            _codes[i].Add(codes[i]);
        }

        _timestamps?.Add(timestamp);
    }

    // Appends the rows another builder read from the part of the file that follows this one's:
    // its row numbers continue this one's, and its subgroup codes are translated to this builder's
    // encoders (values keep their order of first appearance, as in a sequential read).
    public void Append(PredictionSetBuilder next)
    {
        var offset = RowsRead;
        foreach (var issue in next._issues)
        {
            if (issue.Kind != ReadIssueKind.TooManyIssues)
            {
                AddIssue(issue.Row is { } row ? issue with { Row = row + offset, Message = RowMessage(row + offset, WithoutRow(issue.Message, row)) } : issue);
            }
        }

        _labels.AddRange(next._labels.Items.AsSpan(0, next._labels.Count));
        _scores.AddRange(next._scores.Items.AsSpan(0, next._scores.Count));
        for (var i = 0; i < _codes.Length; i++)
        {
            var map = next.Encoders[i].Values.Select(value => Encoders[i].Encode(value)).ToArray();
            var start = _codes[i].Count;
            _codes[i].AddRange(next._codes[i].Items.AsSpan(0, next._codes[i].Count));
            foreach (ref var code in _codes[i].Items.AsSpan(start, next._codes[i].Count))
            {
                code = map[code];
            }
        }

        if (_timestamps is not null)
        {
            _timestamps.AddRange(next._timestamps!.Items.AsSpan(0, next._timestamps.Count));
        }

        RowsRead += next.RowsRead;
    }

    public void AddIssue(ReadIssue issue)
    {
        if (_issues.Count < MaxIssues)
        {
            _issues.Add(issue);
        }
        else if (_issues.Count == MaxIssues)
        {
            _issues.Add(new ReadIssue(ReadIssueKind.TooManyIssues,
                $"More than {MaxIssues} issues; only the first {MaxIssues} are listed."));
        }
    }

    public PredictionSet Build(string? inputSha256)
    {
        var count = _labels.Count;
        var positives = 0;
        foreach (var label in _labels.Items.AsSpan(0, count))
        {
            positives += label;
        }

        if (RowsRead == 0)
        {
            AddIssue(new ReadIssue(ReadIssueKind.EmptyFile, "The file has no data rows."));
        }
        else if (count > 0 && (positives == 0 || positives == count))
        {
            AddIssue(new ReadIssue(ReadIssueKind.SingleClass,
                $"All {count} accepted rows have label {(positives == 0 ? 0 : 1)}; "
                + "AUROC, AUPRC and the calibration fits are undefined.",
                Column: _columns.LabelColumn));
        }

        var subgroups = new SubgroupColumn[_codes.Length];
        for (var i = 0; i < _codes.Length; i++)
        {
            subgroups[i] = new SubgroupColumn(Encoders[i].Name, Encoders[i].Values, _codes[i].TrimmedItems(), count);
        }

        return new PredictionSet(
            _labels.TrimmedItems(), _scores.TrimmedItems(), count, subgroups, _timestamps?.TrimmedItems(), RowsRead, _issues, inputSha256);
    }

    // A set with no rows, for a file whose structure is wrong (missing columns, no header).
    public PredictionSet Fail(IEnumerable<ReadIssue> issues, string? inputSha256)
    {
        foreach (var issue in issues)
        {
            AddIssue(issue);
        }

        return new PredictionSet([], [], 0, [], null, 0, _issues, inputSha256);
    }

    // The missing-column issues for a file with the given header names.
    public List<ReadIssue> MissingColumns(ICollection<string> present) =>
    [
        .. RequestedColumns
            .Where(name => !present.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .Select(name => new ReadIssue(ReadIssueKind.MissingColumn,
                $"Column '{name}' is not in the file (found: {string.Join(", ", present.Take(20).Select(p => $"'{p}'"))}"
                + (present.Count > 20 ? ", ...)." : ")."),
                Column: name)),
    ];

    private bool NotNumeric(long row, string column, ReadOnlySpan<char> text) =>
        Issue(ReadIssueKind.NonNumeric, row, column, RowMessage(row, $"column '{column}' is not a number, found '{Quote(text)}'."));

    private bool Issue(ReadIssueKind kind, long row, string column, string message)
    {
        AddIssue(new ReadIssue(kind, message, row, column));
        return false;
    }

    // Every row issue's message starts with this prefix, so a part read on its own can be renumbered.
    private static string RowMessage(long row, string detail) => $"Row {row}: {detail}";

    private static string WithoutRow(string message, long row)
    {
        var prefix = RowMessage(row, "");
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }

    private static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuotedLength ? text.ToString() : string.Concat(text[..MaxQuotedLength], "...");
}
