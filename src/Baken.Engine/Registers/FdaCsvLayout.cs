using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sylvan.Data.Csv;

namespace Baken.Engine.Registers;

// FDA's CSV download. Quoted fields may hold commas, tabs and line breaks (DEN230027's company starts
// with "\t\n"), so records come from a CSV parser, never from splitting lines.
internal static class FdaCsvLayout
{
    public static readonly string[] Header =
        ["Date of Final Decision", "Submission Number", "Device", "Company", "Panel (Lead)", "Primary Product Code"];

    public static void Read(byte[] bytes, int length, FdaReleaseBuilder builder)
    {
        if (FirstInvalidUtf8(bytes.AsSpan(0, length)) is { } bad)
        {
            var badLine = bytes.AsSpan(0, bad).Count((byte)'\n') + 1;
            builder.Issue(new FdaIssue(FdaIssueKind.InvalidEncoding,
                $"Line {FdaIssue.N(badLine)}: the file is not valid UTF-8 (was it saved again by a spreadsheet?).", Line: badLine));
            return;
        }

        using var text = new StreamReader(new MemoryStream(bytes, 0, length, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = ',',
            Quote = '"',
            // A device name may start with '#'; a comment rule would drop its row without a word.
            CommentHandler = null,
            Comment = '\0',
        };

        var row = 0;
        var line = 1;
        try
        {
            using var csv = CsvDataReader.Create(text, options);
            if (!HeaderMatches(csv))
            {
                var found = string.Join(",", Enumerable.Range(0, csv.FieldCount).Select(csv.GetName));
                builder.Issue(new FdaIssue(FdaIssueKind.BadHeader,
                    $"Line 1: the header is {FdaIssue.Quote(found)}, not FDA's '{string.Join(",", Header)}'. Is this FDA's CSV download?",
                    Line: 1));
                return;
            }

            line = 2;
            while (csv.Read())
            {
                var raw = csv.GetRawRecordSpan();
                var start = line;
                line += raw.Count('\n');
                if (csv.RowFieldCount == 1 && csv.GetFieldSpan(0).IsEmpty)
                {
                    continue; // a blank line carries no row
                }

                builder.Rows = ++row;
                if (csv.RowFieldCount != Header.Length)
                {
                    builder.Issue(FdaIssue.AtRow(FdaIssueKind.WrongFieldCount, row, start, null,
                        $"the record has {csv.RowFieldCount} fields, not {Header.Length}."));
                    continue;
                }

                builder.Add(row, start, csv.GetString(0), csv.GetString(1), csv.GetString(2), csv.GetString(3), csv.GetString(4), csv.GetString(5));
            }
        }
        catch (CsvMissingHeadersException)
        {
            builder.Issue(new FdaIssue(FdaIssueKind.EmptyFile, "The file is empty: it has no header row."));
        }
        catch (CsvFormatException e)
        {
            builder.Issue(FdaIssue.AtRow(FdaIssueKind.MalformedCsv, row + 1, line, null, $"the file is not valid CSV ({e.Message}); reading stopped."));
        }
    }

    // Checked before parsing: a decoder error thrown mid-buffer could not name its line.
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var at = 0;
        while (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    private static bool HeaderMatches(CsvDataReader csv)
    {
        if (csv.FieldCount != Header.Length)
        {
            return false;
        }

        for (var i = 0; i < Header.Length; i++)
        {
            if (!string.Equals(csv.GetName(i), Header[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
