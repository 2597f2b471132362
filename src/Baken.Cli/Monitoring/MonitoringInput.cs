using Baken.Engine.Monitoring;

namespace Baken.Cli.Monitoring;

/// <summary>Tells the user, in plain terms and by row number, what is wrong with a reference or period file.</summary>
internal static class MonitoringInput
{
    private const int IssuesShown = 10;

    /// <summary>Prints the read problems; false when the file cannot be used (every error stops the run:
    /// a monitoring result over silently dropped rows would misstate the period).</summary>
    public static bool Report(MonitoringData data, string path, TextWriter error)
    {
        if (!data.HasErrors)
        {
            return true;
        }

        var errors = data.Issues.Where(i => i.IsError).ToList();
        error.WriteLine($"Cannot use '{path}' (row 1 is the first row after the header):");
        foreach (var issue in errors.Take(IssuesShown))
        {
            error.WriteLine($"  {issue.Message}");
        }

        if (errors.Count > IssuesShown)
        {
            error.WriteLine($"  ... {errors.Count - IssuesShown} more.");
        }

        return false;
    }
}
