using System.CommandLine;
using Baken.Cli.Agent;
using Baken.Engine.Monitoring;

namespace Baken.Cli.Monitoring;

/// <summary>
/// <c>baken monitor</c>: compares one period's predictions with the reference data, inside the
/// organisation's walls, and writes the aggregate result JSON (drift, realised and estimated
/// performance, alerts) and an HTML report with the earlier periods as time series. Exit codes:
/// 0 done (whether or not alerts were raised), 2 nothing could be computed (bad arguments, plan or input).
/// </summary>
internal static class MonitorCommand
{
    public static Command Create()
    {
        var args = new MonitorArguments();
        var command = new Command("monitor", "Compare a period's predictions with the reference data (post-market monitoring); writes result JSON and an HTML report");
        args.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(args, parse, ct));
        return command;
    }

    private static async Task<int> RunAsync(MonitorArguments args, ParseResult parse, CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var resultPath = Path.GetFullPath(parse.GetValue(args.Output)!);
        var reportPath = Path.ChangeExtension(resultPath, ".html");
        var referencePath = parse.GetValue(args.Reference)!;
        var periodPath = parse.GetValue(args.Period)!;
        var historyPath = parse.GetValue(args.History);
        var problems = new List<string>();
        if (reportPath == resultPath)
        {
            problems.Add("--output names the result JSON (e.g. result.json); the HTML report is written next to it.");
        }

        problems.AddRange(new[] { ("--reference", referencePath), ("--period", periodPath) }
            .Where(f => !File.Exists(f.Item2)).Select(f => $"The {f.Item1} file '{f.Item2}' does not exist."));
        if (historyPath is not null && !Directory.Exists(historyPath))
        {
            problems.Add($"The --history folder '{historyPath}' does not exist.");
        }

        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            return 2;
        }

        var token = parse.GetValue(args.Token) ?? Environment.GetEnvironmentVariable("BAKEN_TOKEN");
        var loaded = await PlanSource.LoadAsync(parse.GetValue(args.Plan)!, parse.GetValue(args.Server), token, ct);
        if (loaded.Plan is not { } plan)
        {
            foreach (var line in loaded.Errors)
            {
                error.WriteLine(line);
            }

            return 2;
        }

        var progress = ConsoleProgress.For(parse);
        var reference = await ReadAsync(referencePath, plan, isReference: true, progress, ct);
        if (!MonitoringInput.Report(reference, referencePath, error))
        {
            return 2;
        }

        var period = await ReadAsync(periodPath, plan, isReference: false, progress, ct);
        if (!MonitoringInput.Report(period, periodPath, error))
        {
            return 2;
        }

        var name = parse.GetValue(args.PeriodName) ?? PeriodName(periodPath);
        var result = await progress.RunAsync("Comparing with the reference", 0,
            _ => Task.FromResult(PeriodMonitor.Run(reference, period, plan, name)), ct);

        var json = MonitoringResultJson.ToUtf8Bytes(result);
        var history = historyPath is null ? [] : MonitoringHistory.Read(historyPath, resultPath, error);
        var series = MonitoringHistory.With(history, MonitoringHistory.Point(json));
        Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
        await File.WriteAllBytesAsync(resultPath, json, ct);
        var report = new MonitoringReport.Input(result, plan, series, Path.GetFileName(referencePath), Path.GetFileName(periodPath));
        await File.WriteAllTextAsync(reportPath, MonitoringReport.Render(report, MonitoringReportText.For(parse.GetValue(args.ReportLanguage)!)), ct);

        output.WriteLine($"Period {name}: {Numbers.Format(result.N)} rows, {Numbers.Format(result.LabelledRows)} with a known outcome; reference {Numbers.Format(reference.Count)} rows.");
        MonitoringSummary.Write(output, result, plan);
        output.WriteLine($"Result: {resultPath}");
        output.WriteLine($"Report: {reportPath}");
        return 0;
    }

    private static Task<MonitoringData> ReadAsync(string path, MonitoringPlan plan, bool isReference, ConsoleProgress progress, CancellationToken ct) =>
        progress.RunAsync($"Reading {Path.GetFileName(path)}", new FileInfo(path).Length,
            report => Task.FromResult(MonitoringReader.ReadCsv(path, plan, isReference, report, ct)), ct);

    // period-2026-04.csv -> 2026-04.
    internal static string PeriodName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith("period-", StringComparison.OrdinalIgnoreCase) && name.Length > 7 ? name[7..] : name;
    }
}
