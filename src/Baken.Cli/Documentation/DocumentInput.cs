using Baken.Cli.Agent;
using Baken.Engine.Documentation;

namespace Baken.Cli.Documentation;

/// <summary>Reads and pairs the documentation files, and tells the user in plain terms what was wrong with them.</summary>
internal static class DocumentInput
{
    private const int IssuesShown = 10;

    /// <summary>Reads each file (with a progress bar on a terminal) and pairs them.</summary>
    public static async Task<(PairedDocuments Pairs, DocumentFile[] Files)> ReadAsync(
        IReadOnlyList<(string Path, DocumentColumns Columns, DocumentReaderLimits? Limits)> inputs, ConsoleProgress progress, CancellationToken ct)
    {
        var files = new DocumentFile[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var (path, columns, limits) = inputs[i];
            files[i] = await progress.RunAsync($"Reading {Path.GetFileName(path)}", new FileInfo(path).Length,
                report => Task.FromResult(DocumentReader.ReadCsv(path, columns, limits, report)), ct);
        }

        return (DocumentPairing.Pair(files[0], files[1], files.Length > 2 ? files[2] : null), files);
    }

    /// <summary>Prints the issues; false when nothing can be computed.</summary>
    public static bool Report(PairedDocuments pairs, TextWriter error)
    {
        var issues = pairs.Issues;
        if (pairs.HasFatalIssue || pairs.Pairs.Count == 0)
        {
            error.WriteLine("Cannot validate these files:");
            Write([.. issues.OrderByDescending(i => i.IsFatal)], error);
            if (!pairs.HasFatalIssue)
            {
                error.WriteLine("No document is usable in every file; nothing is left to compare.");
            }

            return false;
        }

        if (issues.Count > 0)
        {
            error.WriteLine($"Left out {Numbers.Format(pairs.RowsRejected)} reference rows (row 1 is the first row after the header); " +
                "they are in no figure and are counted in the result as rowsRejected.");
            Write(issues, error);
        }

        return true;
    }

    private static void Write(IReadOnlyList<DocumentIssue> issues, TextWriter error)
    {
        foreach (var issue in issues.Take(IssuesShown))
        {
            error.WriteLine($"  {issue.Message}");
        }

        if (issues.Count > IssuesShown)
        {
            error.WriteLine($"  ... {issues.Count - IssuesShown} more.");
        }
    }

    /// <summary>The input files that do not exist, as messages.</summary>
    public static List<string> Missing(IEnumerable<(string Option, string? Path)> files) =>
        [.. files.Where(f => f.Path is not null && !File.Exists(f.Path)).Select(f => $"The file '{f.Path}' ({f.Option}) does not exist.")];
}
