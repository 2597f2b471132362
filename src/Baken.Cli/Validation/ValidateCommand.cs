using System.CommandLine;
using System.Text.Json.Nodes;
using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.Metrics;

namespace Baken.Cli.Validation;

/// <summary>
/// <c>baken validate</c>: computes the classification metrics on the organisation's own data,
/// inside its walls, and writes the aggregate result JSON (what <c>baken submit</c> can send) and an
/// HTML report for people. Exit codes: 0 done (whether or not criteria are met), 2 nothing could be
/// computed (bad arguments, protocol or input).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var args = new ValidateArguments();
        var command = new Command("validate", "Validate a classifier's predictions locally; writes result JSON and an HTML report");
        args.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(args, parse, ct));
        return command;
    }

    private static async Task<int> RunAsync(ValidateArguments args, ParseResult parse, CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var predictions = parse.GetValue(args.Predictions)!;
        var resultPath = Path.GetFullPath(parse.GetValue(args.Output)!);
        var reportPath = Path.ChangeExtension(resultPath, ".html");
        if (reportPath == resultPath)
        {
            error.WriteLine("--output names the result JSON (e.g. result.json); the HTML report is written next to it.");
            return 2;
        }

        if (!File.Exists(predictions))
        {
            error.WriteLine($"The predictions file '{predictions}' does not exist.");
            return 2;
        }

        ProtocolDocument? protocol = null;
        if (parse.GetValue(args.Protocol) is { } fileOrId)
        {
            var token = parse.GetValue(args.Token) ?? Environment.GetEnvironmentVariable("BAKEN_TOKEN");
            var loaded = await ProtocolSource.LoadAsync(fileOrId, parse.GetValue(args.Server), token, ct);
            if (loaded.Protocol is null)
            {
                error.WriteLine(loaded.Error);
                return 2;
            }

            protocol = loaded.Protocol;
            output.WriteLine($"Protocol: {protocol.Title} (version {protocol.Version}, {protocol.Id})");
        }

        var plan = ValidationPlan.Resolve(args, parse, protocol, out var planErrors);
        if (planErrors.Count > 0)
        {
            foreach (var problem in planErrors)
            {
                error.WriteLine(problem);
            }

            return 2;
        }

        var progress = ConsoleProgress.For(parse);
        var data = await PredictionInput.ReadAsync(predictions, plan.Columns, progress, ct);
        if (!PredictionInput.Report(data, predictions, error))
        {
            return 2;
        }

        if (protocol is not null && data.Count < protocol.MinimumSampleSize)
        {
            error.WriteLine($"WARNING: {Numbers.Format(data.Count)} usable rows, below the protocol's minimum sample size of {Numbers.Format(protocol.MinimumSampleSize)}. " +
                "The result is written for your own use, but the platform will refuse to accept it.");
        }

        var computing = plan.Options.BootstrapReplicates > 0 ? $"Computing metrics ({plan.Options.BootstrapReplicates} bootstrap replicates)" : "Computing metrics";
        var (result, roc) = await progress.RunAsync(computing, 0,
            _ => Task.FromResult((ClassifierValidator.Run(data, plan.Options, cancellationToken: ct), RocCurve.Points(data))), ct);

        var json = ResultJson.ToUtf8Bytes(result);
        var overall = JsonNode.Parse(json)!["overall"]!.AsObject();
        var outcomes = protocol is null ? [] : Criteria.Evaluate(overall, protocol.Criteria);

        Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
        await File.WriteAllBytesAsync(resultPath, json, ct);
        var report = new HtmlReport.Input(result, roc, protocol, outcomes, Path.GetFileName(predictions));
        await File.WriteAllTextAsync(reportPath, HtmlReport.Render(report, ReportText.For(parse.GetValue(args.ReportLanguage)!)), ct);

        output.WriteLine($"Read {Numbers.Format(data.RowsRead)} rows: {Numbers.Format(data.Count)} used, {Numbers.Format(data.RowsRejected)} rejected.");
        SummaryTable.Write(output, result, outcomes);
        output.WriteLine($"Result: {resultPath}");
        output.WriteLine($"Report: {reportPath}");
        if (protocol is not null)
        {
            output.WriteLine($"To share it: baken submit {resultPath} --server URL --token TOKEN");
        }

        return 0;
    }
}
