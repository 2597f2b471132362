using System.Globalization;
using System.Text;
using Baken.Engine.Readers;
using Sylvan.Data.Csv;

namespace Baken.Engine.TimeStudy;

/// <summary>
/// Reads a time-study CSV file: one row per measured shift, with columns <c>period</c> (before/after,
/// any case), <c>role</c>, <c>admin_minutes</c>, <c>worked_minutes</c> and optionally <c>shift_id</c>.
/// Bad rows are rejected with their row number; only I/O failures throw.
/// </summary>
public static class TimeMeasurementReader
{
    /// <summary>Issues listed one by one; beyond this a single <see cref="TimeStudyIssueKind.TooManyIssues"/> says how many more.</summary>
    public const int MaxIssuesListed = 100;

    private const string Period = "period", Role = "role", Admin = "admin_minutes", Worked = "worked_minutes", ShiftId = "shift_id";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static TimeMeasurements ReadCsv(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return ReadCsv(stream);
    }

    /// <summary>Reads CSV from a stream, to its end (the hash covers every byte).</summary>
    public static TimeMeasurements ReadCsv(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var hashing = new HashingReadStream(input);
        var state = new State();
        Read(hashing, state);
        if (state.Extra > 0)
        {
            state.Issues.Add(new(TimeStudyIssueKind.TooManyIssues,
                $"{state.Extra.ToString(CultureInfo.InvariantCulture)} more rows were rejected; only the first {MaxIssuesListed} problems are listed."));
        }

        return new TimeMeasurements(state.Shifts, state.Issues, state.Rows, state.Rejected, hashing.Finish());
    }

    private sealed class State
    {
        public List<ShiftMeasurement> Shifts { get; } = [];
        public List<TimeStudyIssue> Issues { get; } = [];
        public long Rows { get; set; }
        public long Rejected { get; set; }
        public long Extra { get; set; }

        public void Reject(TimeStudyIssueKind kind, string column, string what)
        {
            Rejected++;
            if (Issues.Count < MaxIssuesListed)
            {
                Issues.Add(new(kind, $"Row {Rows.ToString(CultureInfo.InvariantCulture)}: {what}; the row is left out.", Rows, column));
            }
            else
            {
                Extra++;
            }
        }
    }

    private static void Read(Stream input, State state)
    {
        using var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var options = new CsvDataReaderOptions { HasHeaders = true, CommentHandler = null, Comment = '\0', MaxBufferSize = 1 << 20 };
        try
        {
            using var csv = CsvDataReader.Create(text, options);
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                ordinals.TryAdd(csv.GetName(i).Trim(), i);
            }

            var missing = new[] { Period, Role, Admin, Worked }.Where(c => !ordinals.ContainsKey(c)).ToList();
            foreach (var column in missing)
            {
                state.Issues.Add(new(TimeStudyIssueKind.MissingColumn,
                    $"The file has no column '{column}'. Its columns are: {string.Join(", ", ordinals.Keys.Select(k => $"'{k}'"))}.", Column: column));
            }

            if (missing.Count > 0)
            {
                return;
            }

            var columns = (ordinals[Period], ordinals[Role], ordinals[Admin], ordinals[Worked], ordinals.GetValueOrDefault(ShiftId, -1));
            var seen = new Dictionary<(StudyPeriod, string), long>();
            while (csv.Read())
            {
                state.Rows++;
                if (ReadRow(csv, columns, state, seen) is { } shift)
                {
                    state.Shifts.Add(shift);
                }
            }
        }
        catch (CsvMissingHeadersException)
        {
            state.Issues.Add(new(TimeStudyIssueKind.EmptyFile, "The file is empty: it has no header row."));
            return;
        }
        catch (Exception e) when (e is CsvFormatException or CsvRecordTooLargeException)
        {
            state.Issues.Add(new(TimeStudyIssueKind.MalformedCsv,
                $"Row {(state.Rows + 1).ToString(CultureInfo.InvariantCulture)}: the file is not valid CSV (an unclosed quote can cause this); reading stopped.", state.Rows + 1));
            return;
        }

        if (state.Rows == 0)
        {
            state.Issues.Add(new(TimeStudyIssueKind.EmptyFile, "The file has a header but no data rows."));
        }
    }

    private static ShiftMeasurement? ReadRow(
        CsvDataReader csv, (int Period, int Role, int Admin, int Worked, int ShiftId) at, State state, Dictionary<(StudyPeriod, string), long> seen)
    {
        var periodText = Field(csv, at.Period).Trim();
        StudyPeriod period;
        if (periodText.Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            period = StudyPeriod.Before;
        }
        else if (periodText.Equals("after", StringComparison.OrdinalIgnoreCase))
        {
            period = StudyPeriod.After;
        }
        else
        {
            state.Reject(TimeStudyIssueKind.UnknownPeriod, Period, $"the period '{Shorten(periodText)}' is neither 'before' nor 'after'");
            return null;
        }

        var role = Field(csv, at.Role).Trim().ToString();
        if (role.Length == 0)
        {
            state.Reject(TimeStudyIssueKind.MissingValue, Role, "the role is empty");
            return null;
        }

        if (!TryMinutes(csv, at.Worked, Worked, state, out var worked) || !TryMinutes(csv, at.Admin, Admin, state, out var admin))
        {
            return null;
        }

        if (worked <= 0)
        {
            state.Reject(TimeStudyIssueKind.NonPositiveWorked, Worked, $"worked_minutes is {Format(worked)}, and a measured shift has worked time above 0");
            return null;
        }

        if (admin < 0)
        {
            state.Reject(TimeStudyIssueKind.NegativeAdmin, Admin, $"admin_minutes is {Format(admin)}, below 0");
            return null;
        }

        if (admin > worked)
        {
            state.Reject(TimeStudyIssueKind.AdminAboveWorked, Admin, $"admin_minutes ({Format(admin)}) is more than worked_minutes ({Format(worked)})");
            return null;
        }

        if (at.ShiftId >= 0 && Field(csv, at.ShiftId).Trim() is { Length: > 0 } id)
        {
            var key = (period, id.ToString());
            if (seen.TryGetValue(key, out var first))
            {
                state.Reject(TimeStudyIssueKind.DuplicateShift, ShiftId, $"the shift_id repeats that of row {first.ToString(CultureInfo.InvariantCulture)} in the same period");
                return null;
            }

            seen.Add(key, state.Rows);
        }

        return new ShiftMeasurement(state.Rows, period, role, admin, worked);
    }

    private static bool TryMinutes(CsvDataReader csv, int ordinal, string column, State state, out double value)
    {
        var field = Field(csv, ordinal).Trim();
        if (field.IsEmpty)
        {
            state.Reject(TimeStudyIssueKind.MissingValue, column, $"{column} is empty");
            value = 0;
            return false;
        }

        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            state.Reject(TimeStudyIssueKind.NonNumeric, column, $"{column} '{Shorten(field)}' is not a number (write decimals with a point, e.g. 12.5)");
            return false;
        }

        return true;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Values are echoed to help find the row, but never at length: a wrong file may hold free text.
    private static string Shorten(ReadOnlySpan<char> value) => value.Length <= 20 ? value.ToString() : value[..20].ToString() + "…";

    // A short row (fewer fields than the header) reads as empty fields, which the rules then report.
    private static ReadOnlySpan<char> Field(CsvDataReader csv, int ordinal) =>
        ordinal < csv.RowFieldCount ? csv.GetFieldSpan(ordinal) : [];
}
