using System.CommandLine;
using System.Text.Json.Nodes;
using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.TimeStudy;

namespace Baken.Cli.TimeStudy;

/// <summary>
/// <c>baken validate-time</c>: a before/after time study of administrative time, computed inside the
/// organisation from one row per measured shift. Writes the aggregate result JSON (per role and overall;
/// small roles suppressed; no shift ids or rows) and an HTML report next to it. Exit codes: 0 done,
/// 2 nothing could be computed (bad arguments, protocol or input).
/// </summary>
internal static class ValidateTimeCommand
{
    /// <summary>The protocol task type this command accepts.</summary>
    public const string TaskType = "timeStudy";

    public static Command Create()
    {
        var measurements = new Option<string>("--measurements") { Description = "CSV with one row per shift: period (before/after), role, admin_minutes, worked_minutes, optional shift_id", Required = true };
        var output = new Option<string>("--output") { Description = "where to write the result JSON; the HTML report goes next to it (result.json -> result.html)", Required = true };
        var weekHours = new Option<double>("--week-hours") { Description = "hours in a full-time week, for minutes saved per FTE-week", DefaultValueFactory = _ => 36 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "bootstrap replicates for the percentile interval; 0 for none", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "bootstrap seed; the same seed gives the same interval", DefaultValueFactory = _ => 0 };
        var protocolOption = new Option<string?>("--protocol") { Description = "a time-study protocol: its file, or its id (then --server is needed)" };
        var server = new Option<string?>("--server") { Description = "the platform's address, to fetch a protocol by id" };
        var token = new Option<string?>("--token") { Description = "API token for fetching the protocol (default: BAKEN_TOKEN)" };
        var language = new Option<string>("--report-language") { Description = "language of the HTML report: nl or en", DefaultValueFactory = _ => "nl" }.AcceptOnlyFromAmong("nl", "en");
        var command = new Command("validate-time", "Before/after time study of administrative time per role; writes result JSON and an HTML report");
        foreach (var option in new Option[] { measurements, output, weekHours, bootstrap, seed, protocolOption, server, token, language })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputPath = parse.GetValue(measurements)!;
            var resultPath = Path.GetFullPath(parse.GetValue(output)!);
            var reportPath = Path.ChangeExtension(resultPath, ".html");
            var options = new TimeStudyOptions { WeekHours = parse.GetValue(weekHours), BootstrapReplicates = parse.GetValue(bootstrap), Seed = parse.GetValue(seed) };
            if (Arguments(resultPath, reportPath, inputPath, options) is { } problem)
            {
                error.WriteLine(problem);
                return 2;
            }

            ProtocolDocument? protocol = null;
            if (parse.GetValue(protocolOption) is { } fileOrId)
            {
                var loaded = await ProtocolSource.LoadAsync(fileOrId, parse.GetValue(server), parse.GetValue(token) ?? Environment.GetEnvironmentVariable("BAKEN_TOKEN"), ct, TaskType);
                if (loaded.Protocol is null)
                {
                    error.WriteLine(loaded.Error);
                    return 2;
                }

                protocol = loaded.Protocol;
                options = options with { ProtocolId = protocol.Id.ToString() };
                writer.WriteLine($"Protocol: {protocol.Title} (version {protocol.Version}, {protocol.Id})");
            }

            var data = TimeMeasurementReader.ReadCsv(inputPath);
            foreach (var issue in data.Issues)
            {
                error.WriteLine(issue.Message);
            }

            if (data.HasFatalIssue || data.Shifts.Count == 0)
            {
                error.WriteLine($"Nothing was computed from '{inputPath}'.");
                return 2;
            }

            var result = TimeStudyAnalysis.Run(data, options);
            var json = TimeStudyResultJson.ToUtf8Bytes(result);
            var outcomes = protocol is null || JsonNode.Parse(json)!["overall"] is not JsonObject overall || overall.ContainsKey("suppressed")
                ? []
                : Criteria.Evaluate(overall, protocol.Criteria);
            Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
            await File.WriteAllBytesAsync(resultPath, json, ct);
            var report = new TimeStudyReport.Input(result, protocol, outcomes, Path.GetFileName(inputPath), data.Issues);
            await File.WriteAllTextAsync(reportPath, TimeStudyReport.Render(report, TimeStudyReportText.For(parse.GetValue(language)!)), ct);

            writer.WriteLine($"Read {Numbers.Format(data.RowsRead)} shifts: {Numbers.Format(data.Shifts.Count)} used, {Numbers.Format(data.RowsRejected)} rejected.");
            TimeStudySummary.Write(writer, result, outcomes);
            writer.WriteLine($"Result: {resultPath}");
            writer.WriteLine($"Report: {reportPath}");
            return 0;
        });
        return command;
    }

    private static string? Arguments(string resultPath, string reportPath, string inputPath, TimeStudyOptions options) =>
        reportPath == resultPath ? "--output names the result JSON (e.g. result.json); the HTML report is written next to it."
        : !File.Exists(inputPath) ? $"The measurements file '{inputPath}' does not exist."
        : !(options.WeekHours is > 0 and <= 168) ? "--week-hours must be more than 0 and at most 168."
        : options.BootstrapReplicates < 0 ? "--bootstrap must be 0 or more."
        : null;
}
