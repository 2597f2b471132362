namespace Baken.Engine.Readers;

/// <summary>What went wrong (or is worth knowing) while reading a predictions file.</summary>
public enum ReadIssueKind
{
    /// <summary>A requested column is not in the file. Nothing is read.</summary>
    MissingColumn,

    /// <summary>The file has no header or no data rows.</summary>
    EmptyFile,

    /// <summary>A label, score or timestamp field is empty or null. The row is rejected.</summary>
    MissingValue,

    /// <summary>A label or score is not a number (invariant culture). The row is rejected.</summary>
    NonNumeric,

    /// <summary>A label is a number other than 0 or 1. The row is rejected.</summary>
    LabelNotBinary,

    /// <summary>A score is NaN. The row is rejected.</summary>
    ScoreNaN,

    /// <summary>A score is outside [0, 1] (including infinities). The row is rejected.</summary>
    ScoreOutOfRange,

    /// <summary>A timestamp cannot be parsed. The row is rejected.</summary>
    InvalidTimestamp,

    /// <summary>A column has a Parquet type the reader cannot interpret. Nothing is read.</summary>
    UnsupportedColumnType,

    /// <summary>Only one class occurs among the accepted rows; AUROC and friends are undefined.
    /// A warning: the data can still be validated.</summary>
    SingleClass,

    /// <summary>More issues occurred than are listed; the row counts still include them all.</summary>
    TooManyIssues,
}

/// <summary>One problem found while reading, for the CLI or API to show as is.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">A complete English sentence naming the row, column and value.</param>
/// <param name="Row">1-based data row number (the first row after the header is 1), when the issue is about one row.</param>
/// <param name="Column">The column concerned, when there is one.</param>
public sealed record ReadIssue(ReadIssueKind Kind, string Message, long? Row = null, string? Column = null)
{
    /// <summary>True for everything except warnings (<see cref="ReadIssueKind.SingleClass"/>).</summary>
    public bool IsError => Kind != ReadIssueKind.SingleClass;
}
