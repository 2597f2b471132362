namespace Baken.Engine.Documentation;

/// <summary>What went wrong while reading or pairing documentation files.</summary>
public enum DocumentIssueKind
{
    /// <summary>A requested column is not in the file. Nothing is computed.</summary>
    MissingColumn,

    /// <summary>The file has no header or no data rows. Nothing is computed.</summary>
    EmptyFile,

    /// <summary>The file is not well-formed CSV, or a record is larger than the reader accepts. Nothing is computed.</summary>
    MalformedCsv,

    /// <summary>A text field is empty or white space only. The document is left out.</summary>
    EmptyText,

    /// <summary>A text field is longer than the limit. The document is left out.</summary>
    TextTooLong,

    /// <summary>An id is empty. The document is left out.</summary>
    MissingId,

    /// <summary>An id occurs twice in one file, so pairing would be a guess. Nothing is computed.</summary>
    DuplicateId,

    /// <summary>An id has no partner in the other file. The document is left out.</summary>
    UnmatchedId,

    /// <summary>Pairing by order, the files have different numbers of rows. Nothing is computed.</summary>
    UnequalRowCounts,
}

/// <summary>One problem, as a complete English sentence naming the file, row and column.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">The sentence to show as is (never the text itself: it may hold patient data).</param>
/// <param name="Row">1-based data row number (the first row after the header is 1), when it is about one row.</param>
/// <param name="File">The role of the file concerned ("reference", "hypothesis", "generated", "transcript").</param>
public sealed record DocumentIssue(DocumentIssueKind Kind, string Message, long? Row = null, string? File = null)
{
    /// <summary>True when nothing at all can be computed.</summary>
    public bool IsFatal => Kind is DocumentIssueKind.MissingColumn or DocumentIssueKind.EmptyFile or DocumentIssueKind.MalformedCsv
        or DocumentIssueKind.DuplicateId or DocumentIssueKind.UnequalRowCounts;
}
