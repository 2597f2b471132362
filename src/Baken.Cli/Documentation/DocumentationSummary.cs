using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.Documentation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Baken.Cli.Documentation;

/// <summary>
/// The terminal summary of a documentation run: the aggregates and the five worst documents. Cells
/// are <see cref="Text"/>, never markup, because ids come from the data. No text of a note or
/// transcript is printed: a terminal log is easily shared.
/// </summary>
internal static class DocumentationSummary
{
    private const int WorstShown = 5;

    public static void Write(TextWriter writer, TranscriptResult result, IReadOnlyList<CriterionOutcome> outcomes)
    {
        var console = Terminal.For(writer);
        var o = result.Overall;
        var overall = Table("Metric", "Value");
        Row(overall, "Documents", Numbers.Format(o.Documents));
        Row(overall, "Normalisation", TextNormaliser.Name(result.Normalisation));
        Row(overall, "WER (corpus)", Numbers.Format(o.Wer));
        Row(overall, "CER (corpus)", Numbers.Format(o.Cer));
        Row(overall, "Reference words (edits)", $"{Numbers.Format(o.ReferenceWords)} ({Numbers.Format(o.WordEdits)})");
        Row(overall, "Reference characters (edits)", $"{Numbers.Format(o.ReferenceChars)} ({Numbers.Format(o.CharEdits)})");
        console.Write(overall);

        var worst = Table("Worst documents", "WER", "CER", "Reference words");
        foreach (var d in result.Documents.OrderByDescending(d => d.Wer ?? 0).Take(WorstShown))
        {
            Row(worst, d.Label, Numbers.Format(d.Wer), Numbers.Format(d.Cer), Numbers.Format(d.ReferenceWords));
        }

        console.Write(worst);
        Criteria(writer, console, outcomes);
    }

    public static void Write(TextWriter writer, NoteResult result, IReadOnlyList<CriterionOutcome> outcomes)
    {
        var console = Terminal.For(writer);
        var overall = Table("Metric", "Value");
        Row(overall, "Notes", Numbers.Format(result.Documents.Count));
        Row(overall, "ROUGE-1 (mean F)", Numbers.Format(result.Mean(d => d.Rouge.Rouge1)));
        Row(overall, "ROUGE-2 (mean F)", Numbers.Format(result.Mean(d => d.Rouge.Rouge2)));
        Row(overall, "ROUGE-L (mean F)", Numbers.Format(result.Mean(d => d.Rouge.RougeL)));
        Row(overall, "ROUGE-Lsum (mean F)", Numbers.Format(result.Mean(d => d.Rouge.RougeLsum)));
        Row(overall, "Section completeness", Numbers.Format(result.Mean(d => d.SectionCompleteness)));
        Row(overall, "Unsupported-fact rate (lexical)", Numbers.Format(result.UnsupportedFactRate));
        Row(overall, "Sentences with an unsupported fact", Numbers.Format(result.UnsupportedSentenceRate));
        Row(overall, "Omitted-fact rate (lexical)", Numbers.Format(result.OmittedFactRate));
        Row(overall, "Reference sentences with an omission", Numbers.Format(result.OmittedSentenceRate));
        console.Write(overall);

        var worst = Table("Worst notes", "Unsupported", "Omitted", "ROUGE-Lsum");
        foreach (var d in DocumentationReport.WorstFirst(result.Documents).Take(WorstShown))
        {
            Row(worst, d.Label, d.Unsupported is null ? Numbers.Undefined : $"{d.Unsupported.Count} of {d.Facts}", $"{d.Omitted.Count} of {d.ReferenceFacts}", Numbers.Format(d.Rouge.RougeLsum));
        }

        console.Write(worst);
        writer.WriteLine("The fact figures come from a lexical check (numbers with units, dates, sides, medication names): a screen, not a full hallucination judgement.");
        Criteria(writer, console, outcomes);
    }

    private static void Criteria(TextWriter writer, IAnsiConsole console, IReadOnlyList<CriterionOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        var criteria = Table("Criterion", "Actual", "Outcome");
        foreach (var o in outcomes)
        {
            Row(criteria, $"{o.Criterion.Id}: {Core.Validation.Criteria.Describe(o.Criterion)}", Numbers.Format(o.Actual), o.Met ? "MET" : "NOT MET");
        }

        console.Write(criteria);
        writer.WriteLine($"Acceptance criteria: {outcomes.Count(o => o.Met)} of {outcomes.Count} met.");
    }

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
}
