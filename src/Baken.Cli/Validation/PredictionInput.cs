using Baken.Cli.Agent;
using Baken.Core.Data;
using Baken.Engine.Readers;

namespace Baken.Cli.Validation;

/// <summary>Reads the predictions file with the engine and tells the user, in plain terms, what was wrong with it.</summary>
internal static class PredictionInput
{
    private const int IssuesShown = 10;

    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    public static Task<PredictionSet> ReadAsync(string path, PredictionColumns columns, ConsoleProgress progress, CancellationToken ct)
    {
        var description = $"Reading {Path.GetFileName(path)}";
        if (IsParquet(path))
        {
            // Parquet is read column chunk by column chunk, footer first: the file position says
            // nothing about how far it is, so the display is a spinner.
            return progress.RunAsync(description, 0, _ => PredictionReader.ReadParquetAsync(path, columns, ct), ct);
        }

        return progress.RunAsync(description, new FileInfo(path).Length,
            report => Task.FromResult(PredictionReader.ReadCsv(path, columns, report, ct)), ct);
    }

    /// <summary>Prints the read issues; false when nothing can be validated (missing column, empty file, every row rejected).</summary>
    public static bool Report(PredictionSet data, string path, TextWriter error)
    {
        var errors = data.Issues.Where(i => i.IsError && i.Kind != ReadIssueKind.TooManyIssues).ToList();
        if (data.Count == 0)
        {
            error.WriteLine($"Cannot validate '{path}':");
            WriteIssues(errors, error);
            if (data.RowsRead > 0)
            {
                error.WriteLine($"All {Numbers.Format(data.RowsRead)} data rows were rejected; nothing is left to validate.");
            }

            return false;
        }

        if (data.RowsRejected > 0)
        {
            var truncated = data.Issues.Any(i => i.Kind == ReadIssueKind.TooManyIssues);
            error.WriteLine($"Rejected {Numbers.Format(data.RowsRejected)} of {Numbers.Format(data.RowsRead)} data rows (row 1 is the first row after the header). " +
                "They are left out of every metric and counted in the result as rowsRejected.");
            var kinds = errors.GroupBy(i => i.Kind).Select(g => $"{BakenJson.EnumName(g.Key)}: {g.Count()}");
            error.WriteLine($"  By kind{(truncated ? $" (of the first {errors.Count} issues)" : "")}: {string.Join(", ", kinds)}");
            WriteIssues(errors, error);
        }

        foreach (var warning in data.Issues.Where(i => !i.IsError))
        {
            error.WriteLine($"Warning: {warning.Message}");
        }

        return true;
    }

    private static void WriteIssues(List<ReadIssue> issues, TextWriter error)
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
}
