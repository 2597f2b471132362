using System.Globalization;
using System.Text;
using Baken.Engine.Readers;
using Sylvan.Data.Csv;

namespace Baken.Engine.Documentation;

/// <summary>Which columns of a documentation CSV file to read.</summary>
/// <param name="Role">What the file is ("reference", "hypothesis", ...), for messages.</param>
/// <param name="TextColumn">The column with the text.</param>
/// <param name="IdColumn">The column that pairs rows across files; null pairs them by order.</param>
public sealed record DocumentColumns(string Role, string TextColumn, string? IdColumn = null);

/// <summary>Limits that keep a malformed or hostile file from exhausting memory.</summary>
public sealed record DocumentReaderLimits
{
    /// <summary>A text longer than this (in UTF-16 code units) is refused for its row. The default,
    /// a million characters, is some ten hours of speech.</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>The limits for clinical notes: a note of more than 30,000 characters is some ten pages, and
    /// ROUGE-Lsum's table grows with the square of a line's length.</summary>
    public static DocumentReaderLimits Notes { get; } = new() { MaxTextLength = 30_000 };

    /// <summary>A whole record (all its fields) longer than this stops reading: the parser cannot skip it.</summary>
    public int MaxRecordLength { get; init; } = 16_000_000;
}

/// <summary>One usable row of a documentation file.</summary>
/// <param name="Row">1-based data row number.</param>
/// <param name="Id">Its id, when read by id.</param>
/// <param name="Text">The text.</param>
public sealed record TextDocument(long Row, string? Id, string Text);

/// <summary>A documentation file as read: its usable rows, its problems and its hash.</summary>
/// <param name="Columns">What was read.</param>
/// <param name="Documents">Usable rows in file order.</param>
/// <param name="Issues">Problems found (rejected rows and fatal problems).</param>
/// <param name="RowsRead">Data rows in the file.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record DocumentFile(DocumentColumns Columns, IReadOnlyList<TextDocument> Documents, IReadOnlyList<DocumentIssue> Issues, long RowsRead, string Sha256)
{
    /// <summary>True when a problem stops the whole computation.</summary>
    public bool HasFatalIssue => Issues.Any(i => i.IsFatal);
}

/// <summary>
/// Reads a CSV file of texts (header row required; quoted fields may span lines, as transcripts do).
/// Bad input comes back as <see cref="DocumentIssue"/>s with row numbers; only I/O failures throw.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads the file at <paramref name="path"/>, reporting the bytes read so far to <paramref name="progress"/> now and then.</summary>
    public static DocumentFile ReadCsv(string path, DocumentColumns columns, DocumentReaderLimits? limits = null, Action<long>? progress = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return ReadCsv(stream, columns, limits, progress);
    }

    /// <summary>Reads CSV from a stream, to its end (the hash covers every byte). Progress is reported only for a seekable stream.</summary>
    public static DocumentFile ReadCsv(Stream input, DocumentColumns columns, DocumentReaderLimits? limits = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(columns);
        limits ??= new DocumentReaderLimits();
        using var hashing = new HashingReadStream(input);
        var documents = new List<TextDocument>();
        var issues = new List<DocumentIssue>();
        var report = progress is not null && input.CanSeek ? () => progress(input.Position) : (Action?)null;
        var rows = Read(hashing, columns, limits, documents, issues, report);
        return new DocumentFile(columns, documents, issues, rows, hashing.Finish());
    }

    private static long Read(
        Stream input, DocumentColumns columns, DocumentReaderLimits limits, List<TextDocument> documents, List<DocumentIssue> issues, Action? progress)
    {
        var role = columns.Role;
        using var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            CommentHandler = null,
            Comment = '\0',
            BufferSize = Math.Min(1 << 16, limits.MaxRecordLength),
            MaxBufferSize = limits.MaxRecordLength,
        };
        long row = 0;
        try
        {
            using var csv = CsvDataReader.Create(text, options);
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                ordinals.TryAdd(csv.GetName(i), i);
            }

            var missing = new[] { columns.TextColumn, columns.IdColumn }.OfType<string>().Where(c => !ordinals.ContainsKey(c)).ToList();
            foreach (var column in missing)
            {
                issues.Add(new(DocumentIssueKind.MissingColumn,
                    $"The {role} file has no column '{column}'. Its columns are: {string.Join(", ", ordinals.Keys.Select(k => $"'{k}'"))}.", File: role));
            }

            if (missing.Count > 0)
            {
                return 0;
            }

            var textOrdinal = ordinals[columns.TextColumn];
            var idOrdinal = columns.IdColumn is null ? -1 : ordinals[columns.IdColumn];
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            while (csv.Read())
            {
                row++;
                if ((row & 63) == 0)
                {
                    progress?.Invoke();
                }

                var value = Field(csv, textOrdinal);
                string? id = null;
                if (idOrdinal >= 0)
                {
                    id = Field(csv, idOrdinal).Trim().ToString();
                    if (id.Length == 0)
                    {
                        issues.Add(Issue(DocumentIssueKind.MissingId, role, row, $"the id column '{columns.IdColumn}' is empty; the row is left out."));
                        continue;
                    }

                    if (seen.TryGetValue(id, out var first))
                    {
                        issues.Add(Issue(DocumentIssueKind.DuplicateId, role, row,
                            $"the id in column '{columns.IdColumn}' repeats the id of row {first.ToString(CultureInfo.InvariantCulture)}; rows cannot be paired unambiguously."));
                        continue;
                    }

                    seen.Add(id, row);
                }

                if (value.Length > limits.MaxTextLength)
                {
                    issues.Add(Issue(DocumentIssueKind.TextTooLong, role, row,
                        $"the text in column '{columns.TextColumn}' has {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of {limits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)}; the row is left out."));
                    continue;
                }

                if (value.IsWhiteSpace())
                {
                    issues.Add(Issue(DocumentIssueKind.EmptyText, role, row, $"the text in column '{columns.TextColumn}' is empty; the row is left out."));
                    continue;
                }

                documents.Add(new TextDocument(row, id, value.ToString()));
            }
        }
        catch (CsvMissingHeadersException)
        {
            issues.Add(new(DocumentIssueKind.EmptyFile, $"The {role} file is empty: it has no header row.", File: role));
            return 0;
        }
        catch (CsvRecordTooLargeException)
        {
            issues.Add(Issue(DocumentIssueKind.MalformedCsv, role, row + 1,
                $"the record is longer than {limits.MaxRecordLength.ToString("N0", CultureInfo.InvariantCulture)} characters (an unclosed quote can cause this); reading stopped."));
            return row + 1;
        }
        catch (CsvFormatException e)
        {
            issues.Add(Issue(DocumentIssueKind.MalformedCsv, role, row + 1, $"the file is not valid CSV ({e.GetType().Name}); reading stopped."));
            return row + 1;
        }

        if (row == 0)
        {
            issues.Add(new(DocumentIssueKind.EmptyFile, $"The {role} file has a header but no data rows.", File: role));
        }

        return row;
    }

    private static DocumentIssue Issue(DocumentIssueKind kind, string role, long row, string what) =>
        new(kind, $"The {role} file, row {row.ToString(CultureInfo.InvariantCulture)}: {what}", row, role);

    // A short row (fewer fields than the header) reads as empty fields, which the rules then report.
    private static ReadOnlySpan<char> Field(CsvDataReader csv, int ordinal) =>
        ordinal < csv.RowFieldCount ? csv.GetFieldSpan(ordinal) : [];
}
