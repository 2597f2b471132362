using System.CommandLine;
using Baken.Cli.Agent;
using Baken.Engine.Documentation;

namespace Baken.Cli.Documentation;

/// <summary>
/// <c>baken validate-notes</c>: quality of generated clinical notes against reference notes (ROUGE,
/// section completeness, omitted facts) and, with the transcripts, the lexical check for facts the
/// transcript does not back. Writes the result JSON (per-document figures and flagged sentences
/// included; <c>baken submit</c> sends only the aggregates) and an HTML report. Exit codes: 0 done,
/// 2 nothing could be computed.
/// </summary>
internal static class ValidateNotesCommand
{
    public static Command Create()
    {
        var args = new DocumentationArguments();
        var generated = new Option<string>("--generated") { Description = "CSV file with the generated notes", Required = true };
        var transcript = new Option<string?>("--transcript") { Description = "CSV file with the transcripts the notes were generated from; needed for the unsupported-fact check" };
        var column = new Option<string>("--column") { Description = "column with the note text in the reference and generated files", DefaultValueFactory = _ => "note" };
        var transcriptColumn = new Option<string>("--transcript-column") { Description = "column with the transcript text", DefaultValueFactory = _ => "dialogue" };
        var sections = new Option<string[]>("--section")
        {
            Description = "an expected note section as name=heading,heading (e.g. plan=plan,beleid); repeat for more. Default: SOAP with Dutch and English headings",
            DefaultValueFactory = _ => [],
        };
        var command = new Command("validate-notes", "Quality of generated clinical notes (ROUGE, sections, unsupported and omitted facts); writes result JSON and an HTML report");
        args.AddTo(command, generated, transcript, column, transcriptColumn, sections);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var referencePath = parse.GetValue(args.Reference)!;
            var generatedPath = parse.GetValue(generated)!;
            var transcriptPath = parse.GetValue(transcript);
            var expected = SectionOption.Parse(parse.GetValue(sections)!, out var sectionErrors);
            if (sectionErrors.Count > 0)
            {
                sectionErrors.ForEach(error.WriteLine);
                return 2;
            }

            var prepared = await DocumentationRun.PrepareAsync(args, parse,
                [("--reference", referencePath), ("--generated", generatedPath), ("--transcript", transcriptPath)], ct);
            if (prepared is null)
            {
                return 2;
            }

            var note = parse.GetValue(column)!;
            var id = parse.GetValue(args.IdColumn);
            List<(string, DocumentColumns, DocumentReaderLimits?)> inputs =
            [
                (referencePath, new DocumentColumns("reference", note, id), DocumentReaderLimits.Notes),
                (generatedPath, new DocumentColumns("generated", note, id), DocumentReaderLimits.Notes),
            ];
            if (transcriptPath is not null)
            {
                inputs.Add((transcriptPath, new DocumentColumns("transcript", parse.GetValue(transcriptColumn)!, id), null));
            }

            var progress = ConsoleProgress.For(parse);
            var (pairs, files) = await DocumentInput.ReadAsync(inputs, progress, ct);
            if (!DocumentInput.Report(pairs, error))
            {
                return 2;
            }

            DocumentationRun.WarnAboutSampleSize(prepared, pairs.Pairs.Count, error);
            var options = new NoteOptions { ProtocolId = prepared.Protocol?.Id.ToString(), ExpectedSections = expected ?? NoteSections.Soap };
            var result = await progress.RunAsync("Scoring notes", 0, _ => Task.FromResult(NoteValidator.Run(pairs, files, options)), ct);

            var json = DocumentationResultJson.ToUtf8Bytes(result);
            var outcomes = DocumentationRun.Outcomes(prepared, json);
            var report = new DocumentationReport.Input(prepared.Protocol, outcomes, [.. inputs.Select(i => Path.GetFileName(i.Item1))]);
            var html = DocumentationReport.Render(result, report, DocumentationReportText.For(parse.GetValue(args.ReportLanguage)!));

            output.WriteLine($"Compared {Numbers.Format(result.Documents.Count)} notes ({Numbers.Format(pairs.RowsRejected)} reference rows left out).");
            if (!result.TranscriptGiven)
            {
                output.WriteLine("No --transcript: unsupported facts were not checked (only omissions against the reference notes).");
            }

            DocumentationSummary.Write(output, result, outcomes);
            await DocumentationRun.WriteAsync(prepared, json, html, output, ct);
            return 0;
        });
        return command;
    }
}
