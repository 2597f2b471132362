namespace Baken.Engine.TimeStudy;

/// <summary>Whether a shift was measured before or after the AI was introduced.</summary>
public enum StudyPeriod
{
    /// <summary>Before introduction (the baseline).</summary>
    Before,

    /// <summary>After introduction.</summary>
    After,
}

/// <summary>One accepted shift.</summary>
/// <param name="Row">1-based data row number.</param>
/// <param name="Period">Before or after.</param>
/// <param name="Role">The role as written in the file (trimmed).</param>
/// <param name="AdminMinutes">Minutes of administration, 0 ≤ admin ≤ worked.</param>
/// <param name="WorkedMinutes">Minutes worked, &gt; 0.</param>
public sealed record ShiftMeasurement(long Row, StudyPeriod Period, string Role, double AdminMinutes, double WorkedMinutes)
{
    /// <summary>The shift's administrative share, admin_minutes / worked_minutes, in [0, 1].</summary>
    public double AdminShare => AdminMinutes / WorkedMinutes;
}

/// <summary>A measurements file as read: its accepted shifts, its problems and its hash. Shift ids are
/// used only to catch double entries and are not kept.</summary>
/// <param name="Shifts">Accepted shifts in file order.</param>
/// <param name="Issues">Rejected rows and fatal problems, in file order (at most <see cref="TimeMeasurementReader.MaxIssuesListed"/> plus one).</param>
/// <param name="RowsRead">Data rows in the file.</param>
/// <param name="RowsRejected">Rows rejected, also those beyond the listed issues.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record TimeMeasurements(IReadOnlyList<ShiftMeasurement> Shifts, IReadOnlyList<TimeStudyIssue> Issues, long RowsRead, long RowsRejected, string Sha256)
{
    /// <summary>True when a problem stops the whole computation.</summary>
    public bool HasFatalIssue => Issues.Any(i => i.IsFatal);
}
