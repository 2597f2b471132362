namespace Baken.Engine.TimeStudy;

/// <summary>What went wrong while reading a time-study measurements file.</summary>
public enum TimeStudyIssueKind
{
    /// <summary>A required column is not in the file. Nothing is read.</summary>
    MissingColumn,

    /// <summary>The file has no header or no data rows. Nothing is computed.</summary>
    EmptyFile,

    /// <summary>The file is not well-formed CSV. Reading stops.</summary>
    MalformedCsv,

    /// <summary>The period is neither <c>before</c> nor <c>after</c>. The row is rejected.</summary>
    UnknownPeriod,

    /// <summary>The role, or a number, is empty. The row is rejected.</summary>
    MissingValue,

    /// <summary>A minutes field is not a finite number (invariant culture). The row is rejected.</summary>
    NonNumeric,

    /// <summary>worked_minutes is zero or negative. The row is rejected.</summary>
    NonPositiveWorked,

    /// <summary>admin_minutes is negative. The row is rejected.</summary>
    NegativeAdmin,

    /// <summary>admin_minutes is larger than worked_minutes. The row is rejected.</summary>
    AdminAboveWorked,

    /// <summary>A shift_id occurs twice in one period: the shift would count twice. The later row is rejected.</summary>
    DuplicateShift,

    /// <summary>More issues occurred than are listed; the row counts still include them all.</summary>
    TooManyIssues,
}

/// <summary>One problem, as a complete English sentence naming the row and column.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">The sentence to show as is.</param>
/// <param name="Row">1-based data row number (the first row after the header is 1), when it is about one row.</param>
/// <param name="Column">The column concerned, when there is one.</param>
public sealed record TimeStudyIssue(TimeStudyIssueKind Kind, string Message, long? Row = null, string? Column = null)
{
    /// <summary>True when nothing at all can be computed.</summary>
    public bool IsFatal => Kind is TimeStudyIssueKind.MissingColumn or TimeStudyIssueKind.EmptyFile or TimeStudyIssueKind.MalformedCsv;
}
