using System.CommandLine;
using Baken.Engine.Planning;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Cli.Planning;

/// <summary>The steps both subcommands share: check the paths, read the files and the rule set, report input problems, write the outputs.</summary>
internal static class PlanningRun
{
    private const int IssuesShown = 20;

    public sealed record Paths(string Result, string Report);

    /// <summary>Null (after saying why) when --output cannot hold both files or an input is missing.</summary>
    public static Paths? Prepare(PlanningArguments args, ParseResult parse, IEnumerable<(string Option, string? Path)> files)
    {
        var error = parse.InvocationConfiguration.Error;
        var result = Path.GetFullPath(parse.GetValue(args.Output)!);
        var report = Path.ChangeExtension(result, ".html");
        if (report == result)
        {
            error.WriteLine("--output names the result JSON (e.g. result.json); the HTML report is written next to it.");
            return null;
        }

        var missing = files.Where(f => f.Path is not null && !File.Exists(f.Path)).Select(f => $"The file '{f.Path}' ({f.Option}) does not exist.").ToList();
        missing.ForEach(error.WriteLine);
        return missing.Count == 0 ? new Paths(result, report) : null;
    }

    public static async Task<PlanningFile[]> ReadAsync(string role, IEnumerable<string> paths, CancellationToken ct)
    {
        var files = new List<PlanningFile>();
        foreach (var path in paths)
        {
            files.Add(await PlanningFile.ReadAsync(role, path, ct));
        }

        return [.. files];
    }

    /// <summary>The rule set asked for (the shipped one, or a file), or null when none; false after printing why a file is unusable.</summary>
    public static async Task<(bool Ok, WorkingTimeRuleSet? Rules)> RulesAsync(PlanningArguments args, ParseResult parse, CancellationToken ct)
    {
        if (parse.GetValue(args.WorkingTimeRules) is not { } path)
        {
            return (true, parse.GetValue(args.WorkingTime) ? WorkingTimeRuleSet.Default : null);
        }

        if (!File.Exists(path))
        {
            parse.InvocationConfiguration.Error.WriteLine($"The file '{path}' (--working-time-rules) does not exist.");
            return (false, null);
        }

        var outcome = WorkingTimeRuleSet.Parse(await PlanningFile.ReadAsync("workingTimeRules", path, ct));
        if (outcome.Value is { } rules)
        {
            return (true, rules);
        }

        Refuse(outcome.Issues, parse.InvocationConfiguration.Error);
        return (false, null);
    }

    /// <summary>Prints why the files cannot be checked.</summary>
    public static void Refuse(IReadOnlyList<PlanningIssue> issues, TextWriter error)
    {
        error.WriteLine("Cannot check these files:");
        foreach (var issue in issues.Take(IssuesShown))
        {
            error.WriteLine($"  {issue}");
        }

        if (issues.Count > IssuesShown)
        {
            error.WriteLine($"  ... {issues.Count - IssuesShown} more.");
        }
    }

    public static async Task WriteAsync(Paths paths, byte[] json, string html, TextWriter output, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Result)!);
        await File.WriteAllBytesAsync(paths.Result, json, ct);
        await File.WriteAllTextAsync(paths.Report, html, ct);
        output.WriteLine($"Result: {paths.Result}");
        output.WriteLine($"Report: {paths.Report} (names patients, staff and nurses: keep it inside the organisation)");
    }
}
