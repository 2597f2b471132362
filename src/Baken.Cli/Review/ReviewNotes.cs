using Sylvan.Data.Csv;

namespace Baken.Cli.Review;

/// <summary>A note to rate: its id in the organisation's file, who wrote it, and its text.</summary>
internal sealed record ReviewNote(string Id, string Origin, string Text);

/// <summary>Reads the notes to review from the organisation's own CSV files (they never leave it).</summary>
internal static class ReviewNotes
{
    public static (List<ReviewNote> Notes, string? Error) Read(string path, string origin, string idColumn, string textColumn)
    {
        if (!File.Exists(path))
        {
            return ([], $"File not found: {path}");
        }

        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, CommentHandler = null, Comment = '\0', MaxBufferSize = 16 << 20 });
        var id = Ordinal(csv, idColumn);
        var text = Ordinal(csv, textColumn);
        if (id < 0 || text < 0)
        {
            var missing = id < 0 ? idColumn : textColumn;
            return ([], $"{path}: column '{missing}' is not in the file (found: {string.Join(", ", Enumerable.Range(0, csv.FieldCount).Select(csv.GetName))}).");
        }

        var notes = new List<ReviewNote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        while (csv.Read())
        {
            row++;
            var noteId = id < csv.RowFieldCount ? csv.GetString(id).Trim() : "";
            var noteText = text < csv.RowFieldCount ? csv.GetString(text) : "";
            if (noteId.Length == 0 || string.IsNullOrWhiteSpace(noteText))
            {
                return ([], $"{path}, row {row}: the id or the note text is empty.");
            }

            if (!seen.Add(noteId))
            {
                return ([], $"{path}, row {row}: id '{noteId}' occurs twice.");
            }

            notes.Add(new ReviewNote(noteId, origin, noteText));
        }

        return notes.Count == 0 ? ([], $"{path} has no notes.") : (notes, null);
    }

    private static int Ordinal(CsvDataReader csv, string name)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (csv.GetName(i) == name)
            {
                return i;
            }
        }

        return -1;
    }
}
