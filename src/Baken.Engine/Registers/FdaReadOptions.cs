namespace Baken.Engine.Registers;

/// <summary>How an FDA list file is read.</summary>
public sealed record FdaReadOptions
{
    /// <summary>The date the release stands for. Null takes the latest date of final decision in the file.</summary>
    public DateOnly? ReleaseDate { get; init; }

    /// <summary>A larger file is refused (FDA's list is well under 1 MB). The default is 64 MiB.</summary>
    public long MaxBytes { get; init; } = 64L << 20;

    /// <summary>Issues listed before the rest are only counted, so a wholly wrong file gives a short report.</summary>
    public int MaxIssues { get; init; } = 100;
}

/// <summary>An FDA list file as read: a release when the file is sound, else the issues.</summary>
/// <param name="Release">The release; null when there is any issue, so a broken file changes nothing.</param>
/// <param name="Issues">Every problem found (capped at <see cref="FdaReadOptions.MaxIssues"/>, then one <see cref="FdaIssueKind.TooManyIssues"/>).</param>
/// <param name="Layout">The layout detected from the content, when one was.</param>
/// <param name="Rows">Data rows read (CSV records after the header, or <c>&lt;row&gt;</c> elements).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes read.</param>
public sealed record FdaReadResult(FdaRelease? Release, IReadOnlyList<FdaIssue> Issues, FdaLayout? Layout, int Rows, string Sha256)
{
    /// <summary>True when the file gave a release.</summary>
    public bool Succeeded => Release is not null;
}
