using System.CommandLine;
using System.Text.Json.Nodes;
using Baken.Cli.Agent;
using Baken.Core.Validation;

namespace Baken.Cli.Documentation;

/// <summary>
/// The steps both documentation commands share, in the order <c>baken validate</c> takes them: check
/// the paths, load the protocol, and at the end write the result JSON and the HTML report and say
/// where they are.
/// </summary>
internal static class DocumentationRun
{
    public sealed record Prepared(string ResultPath, string ReportPath, ProtocolDocument? Protocol);

    /// <summary>Null (after printing why) when the command cannot start.</summary>
    public static async Task<Prepared?> PrepareAsync(
        DocumentationArguments args, ParseResult parse, IEnumerable<(string Option, string? Path)> files, CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var resultPath = Path.GetFullPath(parse.GetValue(args.Output)!);
        var reportPath = Path.ChangeExtension(resultPath, ".html");
        if (reportPath == resultPath)
        {
            error.WriteLine("--output names the result JSON (e.g. result.json); the HTML report is written next to it.");
            return null;
        }

        var missing = DocumentInput.Missing(files);
        if (missing.Count > 0)
        {
            missing.ForEach(error.WriteLine);
            return null;
        }

        ProtocolDocument? protocol = null;
        if (parse.GetValue(args.Protocol) is { } fileOrId)
        {
            var token = parse.GetValue(args.Token) ?? Environment.GetEnvironmentVariable("BAKEN_TOKEN");
            var loaded = await ProtocolSource.LoadAsync(fileOrId, parse.GetValue(args.Server), token, ct, "documentation");
            if (loaded.Protocol is null)
            {
                error.WriteLine(loaded.Error);
                return null;
            }

            protocol = loaded.Protocol;
            output.WriteLine($"Protocol: {protocol.Title} (version {protocol.Version}, {protocol.Id})");
        }

        return new Prepared(resultPath, reportPath, protocol);
    }

    /// <summary>
    /// The protocol's criteria judged on the result's <c>overall</c> object. A documentation protocol's
    /// criteria span several results (WER on the transcript result, ROUGE on the note result), so only
    /// those whose figure this result carries are judged, as the platform does.
    /// </summary>
    public static IReadOnlyList<CriterionOutcome> Outcomes(Prepared prepared, byte[] json)
    {
        if (prepared.Protocol is not { } protocol)
        {
            return [];
        }

        var overall = JsonNode.Parse(json)!["overall"]!.AsObject();
        return Criteria.Evaluate(overall, protocol.Criteria.Where(c => overall.ContainsKey(c.Metric)));
    }

    public static void WarnAboutSampleSize(Prepared prepared, int documents, TextWriter error)
    {
        if (prepared.Protocol is { } protocol && documents < protocol.MinimumSampleSize)
        {
            error.WriteLine($"WARNING: {Numbers.Format(documents)} documents, below the protocol's minimum of {Numbers.Format(protocol.MinimumSampleSize)}. " +
                "The result is written for your own use, but the platform will refuse to accept it.");
        }
    }

    public static async Task WriteAsync(Prepared prepared, byte[] json, string html, TextWriter output, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(prepared.ResultPath)!);
        await File.WriteAllBytesAsync(prepared.ResultPath, json, ct);
        await File.WriteAllTextAsync(prepared.ReportPath, html, ct);
        output.WriteLine($"Result: {prepared.ResultPath}");
        output.WriteLine($"Report: {prepared.ReportPath}");
        if (prepared.Protocol is not null)
        {
            output.WriteLine($"To share the aggregate figures (never texts or ids): baken submit {prepared.ResultPath} --server URL --token TOKEN");
        }
    }
}
