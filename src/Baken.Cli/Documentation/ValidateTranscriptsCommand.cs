using System.CommandLine;
using Baken.Cli.Agent;
using Baken.Engine.Documentation;

namespace Baken.Cli.Documentation;

/// <summary>
/// <c>baken validate-transcripts</c>: WER and CER of speech-recognition transcripts against human
/// transcripts of the same recordings, computed locally. Writes the result JSON (per-document
/// figures included; <c>baken submit</c> sends only the aggregates) and an HTML report. Exit codes:
/// 0 done, 2 nothing could be computed.
/// </summary>
internal static class ValidateTranscriptsCommand
{
    public static Command Create()
    {
        var args = new DocumentationArguments();
        var hypothesis = new Option<string>("--hypothesis") { Description = "CSV file with the transcripts under test (e.g. the speech recogniser's output)", Required = true };
        var column = new Option<string>("--column") { Description = "column with the transcript text in both files", DefaultValueFactory = _ => "dialogue" };
        var normalise = new Option<string>("--normalise")
        {
            Description = "basic: drop [speaker] tags, lower-case, delete punctuation (diacritics kept); none: raw text split on white space",
            DefaultValueFactory = _ => "basic",
        }.AcceptOnlyFromAmong("basic", "none");
        var command = new Command("validate-transcripts", "Word and character error rates of transcripts against reference transcripts; writes result JSON and an HTML report");
        args.AddTo(command, hypothesis, column, normalise);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var (referencePath, hypothesisPath) = (parse.GetValue(args.Reference)!, parse.GetValue(hypothesis)!);
            var prepared = await DocumentationRun.PrepareAsync(args, parse,
                [("--reference", referencePath), ("--hypothesis", hypothesisPath)], ct);
            if (prepared is null)
            {
                return 2;
            }

            var text = parse.GetValue(column)!;
            var id = parse.GetValue(args.IdColumn);
            var progress = ConsoleProgress.For(parse);
            var (pairs, files) = await DocumentInput.ReadAsync(
                [(referencePath, new DocumentColumns("reference", text, id), null), (hypothesisPath, new DocumentColumns("hypothesis", text, id), null)], progress, ct);
            if (!DocumentInput.Report(pairs, error))
            {
                return 2;
            }

            DocumentationRun.WarnAboutSampleSize(prepared, pairs.Pairs.Count, error);
            TextNormaliser.TryParse(parse.GetValue(normalise), out var normalisation);
            var options = new TranscriptOptions { Normalisation = normalisation, ProtocolId = prepared.Protocol?.Id.ToString() };
            var result = await progress.RunAsync("Counting edits", 0, _ => Task.FromResult(TranscriptValidator.Run(pairs, files, options)), ct);

            var json = DocumentationResultJson.ToUtf8Bytes(result);
            var outcomes = DocumentationRun.Outcomes(prepared, json);
            var report = new DocumentationReport.Input(prepared.Protocol, outcomes, [Path.GetFileName(referencePath), Path.GetFileName(hypothesisPath)]);
            var html = DocumentationReport.Render(result, report, DocumentationReportText.For(parse.GetValue(args.ReportLanguage)!));

            output.WriteLine($"Compared {Numbers.Format(result.Overall.Documents)} documents ({Numbers.Format(pairs.RowsRejected)} reference rows left out).");
            DocumentationSummary.Write(output, result, outcomes);
            await DocumentationRun.WriteAsync(prepared, json, html, output, ct);
            return 0;
        });
        return command;
    }
}
