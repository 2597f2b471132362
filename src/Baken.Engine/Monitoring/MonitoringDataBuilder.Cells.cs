using System.Globalization;
using Baken.Engine.Readers;

namespace Baken.Engine.Monitoring;

// The rules for one cell: a score, an outcome, a feature number.
internal sealed partial class MonitoringDataBuilder
{
    private double Score(ReadOnlySpan<char> text, long row)
    {
        if (text.IsWhiteSpace())
        {
            return Fail(ReadIssueKind.MissingValue, row, MonitoringPlan.ScoreColumn, $"column '{MonitoringPlan.ScoreColumn}' is empty; every row needs a score.");
        }

        if (!PredictionSetBuilder.TryParseNumber(text, out var score))
        {
            return Fail(ReadIssueKind.NonNumeric, row, MonitoringPlan.ScoreColumn, $"column '{MonitoringPlan.ScoreColumn}' is not a number, found '{Quote(text)}'.");
        }

        if (!(score is >= 0.0 and <= 1.0))
        {
            var kind = double.IsNaN(score) ? ReadIssueKind.ScoreNaN : ReadIssueKind.ScoreOutOfRange;
            return Fail(kind, row, MonitoringPlan.ScoreColumn,
                $"column '{MonitoringPlan.ScoreColumn}' must be a probability in [0, 1], found {score.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return score;
    }

    private sbyte Label(ReadOnlySpan<char> text, long row)
    {
        if (text is ['0' or '1'])
        {
            return (sbyte)(text[0] - '0');
        }

        var column = _plan.LabelColumn;
        if (text.IsWhiteSpace())
        {
            if (_isReference)
            {
                Fail(ReadIssueKind.MissingValue, row, column, $"column '{column}' is empty; the reference needs the outcome on every row.");
            }

            return -1;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is 0.0 or 1.0)
        {
            return (sbyte)value;
        }

        Fail(ReadIssueKind.LabelNotBinary, row, column, $"column '{column}' must be 0, 1 or empty, found '{Quote(text)}'.");
        return -1;
    }

    private double Number(ReadOnlySpan<char> text, long row, string column)
    {
        if (text.IsWhiteSpace())
        {
            return double.NaN;
        }

        if (TryParseInteger(text, out var value) || PredictionSetBuilder.TryParseNumber(text, out value))
        {
            return value;
        }

        return Fail(ReadIssueKind.NonNumeric, row, column, $"column '{column}' is not a number, found '{Quote(text)}' (leave the cell empty for a missing value).");
    }

    // Plain whole numbers (ages, counts) are most feature cells: up to 15 digits, optionally signed,
    // are exact as a long and as a double, and cost a few instructions instead of a float parse.
    private static bool TryParseInteger(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = text is ['-', ..];
        var digits = negative ? text[1..] : text;
        if (digits.IsEmpty || digits.Length > 15)
        {
            return false;
        }

        long number = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        // "-0" is -0.0 for the float parser; keep it so.
        value = negative ? -(double)number : number;
        return true;
    }
}
