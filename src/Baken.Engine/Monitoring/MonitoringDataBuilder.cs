using Baken.Engine.Readers;
using Sylvan.Data.Csv;

namespace Baken.Engine.Monitoring;

// Collects the rows of one CSV text (a whole file, or one part of it read on its own thread) into
// columns, with the monitoring rules: y_score required in [0, 1] on every row; y_true 0 or 1, an
// empty cell meaning "not known yet" (in the reference it is required); numbers parsed
// culture-invariant, an empty cell missing; categories as text. A bad cell is an error naming the
// 1-based data row; reading goes on so that the user sees every problem at once.
internal sealed partial class MonitoringDataBuilder
{
    private const int MaxIssues = 1000;
    private const int MaxQuoted = 40;

    private readonly MonitoringPlan _plan;
    private readonly bool _isReference;
    private readonly PlanColumn[] _features;
    private readonly GrowableColumn<double> _scores = new();
    private readonly GrowableColumn<double>?[] _numbers;
    private readonly GrowableColumn<int>?[] _codes;
    private readonly SubgroupEncoder?[] _encoders;
    private readonly List<ReadIssue> _issues = [];
    private GrowableColumn<sbyte>? _labels;
    private int _scoreOrdinal;
    private int _labelOrdinal = -1;
    private int[] _featureOrdinals = [];

    public MonitoringDataBuilder(MonitoringPlan plan, bool isReference)
    {
        _plan = plan;
        _isReference = isReference;
        _features = [.. plan.MonitoredColumns.Where(c => c.Name != MonitoringPlan.ScoreColumn)];
        _numbers = [.. _features.Select(c => c.Type == ColumnType.Numerical ? new GrowableColumn<double>() : null)];
        _codes = [.. _features.Select(c => c.Type == ColumnType.Categorical ? new GrowableColumn<int>() : null)];
        _encoders = [.. _features.Select(c => c.Type == ColumnType.Categorical ? new SubgroupEncoder(c.Name) : null)];
    }

    public long RowsRead { get; private set; }

    // Finds the columns in the header; the structural problems when a required one is missing.
    public List<ReadIssue> Bind(IReadOnlyDictionary<string, int> ordinals)
    {
        var missing = new List<string>();
        var required = new[] { MonitoringPlan.ScoreColumn }.Concat(_features.Select(f => f.Name));
        if (_isReference)
        {
            required = required.Append(_plan.LabelColumn);
        }

        foreach (var name in required.Where(n => !ordinals.ContainsKey(n)))
        {
            missing.Add(name);
        }

        if (missing.Count > 0)
        {
            var found = string.Join(", ", ordinals.Keys.Take(20).Select(k => $"'{k}'"));
            return [.. missing.Select(name => new ReadIssue(ReadIssueKind.MissingColumn,
                $"Column '{name}' is not in the file (found: {found}).", Column: name))];
        }

        _scoreOrdinal = ordinals[MonitoringPlan.ScoreColumn];
        if (ordinals.TryGetValue(_plan.LabelColumn, out var label))
        {
            _labelOrdinal = label;
            _labels = new GrowableColumn<sbyte>();
        }

        _featureOrdinals = [.. _features.Select(f => ordinals[f.Name])];
        return [];
    }

    public void ExpectRows(long rows)
    {
        _scores.EnsureCapacity(rows);
        _labels?.EnsureCapacity(rows);
        foreach (var column in _numbers)
        {
            column?.EnsureCapacity(rows);
        }

        foreach (var column in _codes)
        {
            column?.EnsureCapacity(rows);
        }
    }

    public void ReadRow(CsvDataReader csv)
    {
        var row = ++RowsRead;
        _scores.Add(Score(Field(csv, _scoreOrdinal), row));
        if (_labels is not null)
        {
            _labels.Add(Label(Field(csv, _labelOrdinal), row));
        }

        for (var i = 0; i < _features.Length; i++)
        {
            var text = Field(csv, _featureOrdinals[i]);
            if (_numbers[i] is { } numbers)
            {
                numbers.Add(Number(text, row, _features[i].Name));
            }
            else
            {
                _codes[i]!.Add(text.IsEmpty ? -1 : _encoders[i]!.Encode(text));
            }
        }
    }

    // Appends the rows of the builder that read the next part of the file: its row numbers
    // continue these, its category codes are translated to this builder's (first-seen order kept).
    public void Append(MonitoringDataBuilder next)
    {
        var offset = RowsRead;
        foreach (var issue in next._issues.Where(i => i.Kind != ReadIssueKind.TooManyIssues))
        {
            AddIssue(issue.Row is { } r
                ? issue with { Row = r + offset, Message = string.Concat(RowPrefix(r + offset), issue.Message.AsSpan(RowPrefix(r).Length)) }
                : issue);
        }

        _scores.AddRange(next._scores.Items.AsSpan(0, next._scores.Count));
        _labels?.AddRange(next._labels!.Items.AsSpan(0, next._labels.Count));
        for (var i = 0; i < _features.Length; i++)
        {
            if (_numbers[i] is { } numbers)
            {
                numbers.AddRange(next._numbers[i]!.Items.AsSpan(0, next._numbers[i]!.Count));
                continue;
            }

            var map = next._encoders[i]!.Values.Select(v => _encoders[i]!.Encode(v)).ToArray();
            var codes = _codes[i]!;
            var start = codes.Count;
            codes.AddRange(next._codes[i]!.Items.AsSpan(0, next._codes[i]!.Count));
            foreach (ref var code in codes.Items.AsSpan(start, codes.Count - start))
            {
                code = code < 0 ? code : map[code];
            }
        }

        RowsRead += next.RowsRead;
    }

    public MonitoringData Build(IEnumerable<ReadIssue>? structural = null)
    {
        foreach (var issue in structural ?? [])
        {
            AddIssue(issue);
        }

        if (RowsRead == 0 && !_issues.Any(i => i.Kind == ReadIssueKind.MissingColumn))
        {
            AddIssue(new ReadIssue(ReadIssueKind.EmptyFile, "The file has no data rows."));
        }

        var count = _scores.Count;
        var scores = Exact(_scores);
        var columns = new List<ColumnData>();
        var feature = 0;
        foreach (var column in _plan.MonitoredColumns)
        {
            if (column.Name == MonitoringPlan.ScoreColumn)
            {
                columns.Add(ColumnData.Numerical(column.Name, scores));
                continue;
            }

            columns.Add(_numbers[feature] is { } numbers
                ? ColumnData.Numerical(column.Name, Exact(numbers, count))
                : ColumnData.Categorical(column.Name, Exact(_codes[feature]!, count), [.. _encoders[feature]!.Values]));
            feature++;
        }

        return new MonitoringData(scores, _labels is null ? null : Exact(_labels, count), columns, RowsRead, _issues);
    }

    private static T[] Exact<T>(GrowableColumn<T> column, int? count = null)
    {
        var n = count ?? column.Count;
        var items = column.Items;
        return items.Length == n ? items : items.AsSpan(0, Math.Min(n, column.Count)).ToArray();
    }

    private double Fail(ReadIssueKind kind, long row, string column, string detail)
    {
        AddIssue(new ReadIssue(kind, RowPrefix(row) + detail, row, column));
        return double.NaN;
    }

    private void AddIssue(ReadIssue issue)
    {
        if (_issues.Count < MaxIssues)
        {
            _issues.Add(issue);
        }
        else if (_issues.Count == MaxIssues)
        {
            _issues.Add(new ReadIssue(ReadIssueKind.TooManyIssues, $"More than {MaxIssues} issues; only the first {MaxIssues} are listed."));
        }
    }

    private static string RowPrefix(long row) => $"Row {row}: ";

    private static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuoted ? text.ToString() : string.Concat(text[..MaxQuoted], "...");

    // A short row (fewer fields than the header) reads as empty fields, which the rules then report.
    private static ReadOnlySpan<char> Field(CsvDataReader csv, int ordinal) =>
        ordinal < csv.RowFieldCount ? csv.GetFieldSpan(ordinal) : [];
}
