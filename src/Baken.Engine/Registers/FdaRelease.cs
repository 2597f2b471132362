using System.Collections.Frozen;

namespace Baken.Engine.Registers;

/// <summary>Which of FDA's downloads a file is.</summary>
public enum FdaLayout
{
    /// <summary>The CSV download: header row, CRLF, RFC 4180 quoting, MM/DD/YYYY dates.</summary>
    Csv,

    /// <summary>The XML download: <c>&lt;data&gt;&lt;row&gt;</c>, submission numbers inside <c>=HYPERLINK(...)</c> formulas.</summary>
    Xml,
}

/// <summary>
/// One release of FDA's AI-enabled device list: its entries keyed by submission number, the date it
/// stands for and where it came from.
/// </summary>
public sealed class FdaRelease
{
    private readonly FrozenDictionary<string, FdaEntry> _byNumber;

    /// <summary>A release of the given entries (their submission numbers must be distinct).</summary>
    /// <param name="entries">The entries, in file order.</param>
    /// <param name="releaseDate">The date the release stands for.</param>
    /// <param name="sha256">Lower-case hex SHA-256 of the source file.</param>
    /// <param name="layout">The source file's layout.</param>
    public FdaRelease(IReadOnlyList<FdaEntry> entries, DateOnly releaseDate, string sha256, FdaLayout layout)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(sha256);
        var byNumber = new Dictionary<string, FdaEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byNumber.TryAdd(entry.SubmissionNumber, entry))
            {
                throw new ArgumentException($"Submission number {entry.SubmissionNumber} occurs twice.", nameof(entries));
            }
        }

        _byNumber = byNumber.ToFrozenDictionary(StringComparer.Ordinal);
        Entries = [.. entries];
        ReleaseDate = releaseDate;
        Sha256 = sha256;
        Layout = layout;
    }

    /// <summary>The entries in file order (FDA sorts newest first); a copy of the list given.</summary>
    public IReadOnlyList<FdaEntry> Entries { get; }

    /// <summary>The date the release stands for: the latest decision date, unless the caller gave one.</summary>
    public DateOnly ReleaseDate { get; }

    /// <summary>Lower-case hex SHA-256 of the source file's bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The source file's layout.</summary>
    public FdaLayout Layout { get; }

    /// <summary>The entries by submission number (exact, case-sensitive).</summary>
    public IReadOnlyDictionary<string, FdaEntry> ByNumber => _byNumber;

    /// <summary>The entry with this exact submission number, or null.</summary>
    public FdaEntry? Find(string submissionNumber) => _byNumber.GetValueOrDefault(submissionNumber);
}
