using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.Documentation;

namespace Baken.Cli.Documentation;

/// <summary>
/// The HTML report written next to a documentation result: one self-contained file (inline CSS, no
/// scripts, no external resources, a Content-Security-Policy that says so) with the aggregates, a
/// per-document table worst first and, for notes, every flagged fact marked in its sentence. Every
/// piece of text from the data is HTML-encoded. Unlike the classifier report it holds sentences and
/// ids, so it says that it stays inside the organisation.
/// </summary>
internal static class DocumentationReport
{
    private const string Style = ReportStyle.Base + """
        h3 { margin-bottom: .25rem; }
        mark { background: #ffe08a; padding: 0 .1em; font-weight: 600; }
        .kind { display: inline-block; min-width: 6.5rem; color: #154273; font-size: .85rem; font-weight: 600; }
        ul.facts { list-style: none; padding-left: 0; } ul.facts li { margin: .3rem 0; }
        .local { border-left: 4px solid #154273; padding: .25rem .75rem; background: #f3f6fa; }
        """;

    public sealed record Input(ProtocolDocument? Protocol, IReadOnlyList<CriterionOutcome> Outcomes, IReadOnlyList<string> InputFileNames);

    /// <summary>Notes ordered from most to least worrying: unsupported facts, then omissions, then ROUGE-Lsum.</summary>
    public static IEnumerable<NoteDocumentResult> WorstFirst(IEnumerable<NoteDocumentResult> documents) => documents
        .OrderByDescending(d => d.UnsupportedFactRate ?? 0)
        .ThenByDescending(d => d.OmittedFactRate ?? 0)
        .ThenBy(d => d.Rouge.RougeLsum)
        .ThenBy(d => d.Label, StringComparer.Ordinal);

    public static string Render(TranscriptResult result, Input input, DocumentationReportText t)
    {
        var html = Start(t.TranscriptTitle, t.TranscriptIntro, input, t);
        var o = result.Overall;
        Table(html, t.Overall, [t.Metric, t.Value],
        [
            [t.Documents, Numbers.Format(o.Documents)],
            [t.Normalisation, TextNormaliser.Name(result.Normalisation)],
            ["WER", Numbers.Format(o.Wer)],
            ["CER", Numbers.Format(o.Cer)],
            [t.ReferenceWords, Numbers.Format(o.ReferenceWords)],
            [t.WordEdits, Numbers.Format(o.WordEdits)],
            [t.ReferenceChars, Numbers.Format(o.ReferenceChars)],
            [t.CharEdits, Numbers.Format(o.CharEdits)],
        ]);

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.PerDocument)}</h2>\n<p class=\"note\">{E(t.WorstFirst)}</p>\n");
        Table(html, null, [t.Document, "WER", "CER", t.ReferenceWords, t.HypothesisWords, t.WordEdits, t.CharEdits],
            [.. result.Documents.OrderByDescending(d => d.Wer ?? 0).ThenBy(d => d.Label, StringComparer.Ordinal).Select(d => new[]
            {
                d.Label, Numbers.Format(d.Wer), Numbers.Format(d.Cer), Numbers.Format(d.ReferenceWords), Numbers.Format(d.HypothesisWords),
                Numbers.Format(d.WordEdits), Numbers.Format(d.CharEdits),
            })]);
        return End(html, result.Metadata, input, t);
    }

    public static string Render(NoteResult result, Input input, DocumentationReportText t)
    {
        var html = Start(t.NoteTitle, t.NoteIntro, input, t);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.Lexical)}</p>\n");
        if (!result.TranscriptGiven)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.NoTranscript)}</p>\n");
        }

        Table(html, t.Overall, [t.Metric, t.Value],
        [
            [t.Documents, Numbers.Format(result.Documents.Count)],
            ["ROUGE-1", Numbers.Format(result.Mean(d => d.Rouge.Rouge1))],
            ["ROUGE-2", Numbers.Format(result.Mean(d => d.Rouge.Rouge2))],
            ["ROUGE-L", Numbers.Format(result.Mean(d => d.Rouge.RougeL))],
            ["ROUGE-Lsum", Numbers.Format(result.Mean(d => d.Rouge.RougeLsum))],
            [t.SectionCompleteness, Numbers.Format(result.Mean(d => d.SectionCompleteness))],
            .. result.ExpectedSections.Select(s => new[] { $"{t.Sections}: {s.Name}", Numbers.Format(result.Mean(d => d.SectionsPresent.Contains(s.Name) ? 1 : 0)) }),
            [t.UnsupportedFactRate, Numbers.Format(result.UnsupportedFactRate)],
            [t.UnsupportedSentenceRate, Numbers.Format(result.UnsupportedSentenceRate)],
            [t.NotesWithUnsupported, Numbers.Format(result.TranscriptGiven ? result.Mean(d => d.Unsupported!.Count > 0 ? 1 : 0) : null)],
            [t.OmittedFactRate, Numbers.Format(result.OmittedFactRate)],
            [t.OmittedSentenceRate, Numbers.Format(result.OmittedSentenceRate)],
        ]);

        var worst = WorstFirst(result.Documents).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.PerDocument)}</h2>\n<p class=\"note\">{E(t.WorstFirst)}</p>\n");
        Table(html, null, [t.Document, t.Unsupported, t.Omitted, "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", t.SectionCompleteness, t.Sections],
            [.. worst.Select(d => new[]
            {
                d.Label,
                d.Unsupported is null ? Numbers.Undefined : $"{d.Unsupported.Count} / {d.Facts}",
                $"{d.Omitted.Count} / {d.ReferenceFacts}",
                Numbers.Format(d.Rouge.Rouge1), Numbers.Format(d.Rouge.Rouge2), Numbers.Format(d.Rouge.RougeLsum),
                Numbers.Format(d.SectionCompleteness), string.Join(", ", d.SectionsPresent),
            })]);

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.FlaggedFacts)}</h2>\n");
        foreach (var d in worst.Where(d => d.Unsupported is { Count: > 0 } || d.Omitted.Count > 0))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(d.Label)}</h3>\n");
            if (d.Unsupported is { Count: > 0 } unsupported)
            {
                Facts(html, t.UnsupportedHeading, unsupported, t);
            }

            if (d.Omitted.Count > 0)
            {
                Facts(html, t.OmittedHeading, d.Omitted, t);
            }
        }

        if (!worst.Any(d => d.Unsupported is { Count: > 0 } || d.Omitted.Count > 0))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NothingFlagged)}</p>\n");
        }

        return End(html, result.Metadata, input, t);
    }

    // Each sentence once, with every flagged fact in it marked; the kinds in front.
    private static void Facts(StringBuilder html, string heading, IReadOnlyList<ClinicalFact> facts, DocumentationReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(heading)}</strong></p>\n<ul class=\"facts\">\n");
        foreach (var sentence in facts.GroupBy(f => f.Sentence.Index))
        {
            var text = sentence.First().Sentence.Text;
            var kinds = string.Join(", ", sentence.Select(f => t.Kinds[DocumentationResultJson.KindName(f.Kind)]).Distinct());
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"kind\">{E(kinds)}</span> ");
            var at = 0;
            foreach (var fact in sentence.OrderBy(f => f.Start))
            {
                if (fact.Start < at)
                {
                    continue;
                }

                html.Append(E(text[at..fact.Start])).Append("<mark>").Append(E(fact.Text)).Append("</mark>");
                at = fact.Start + fact.Text.Length;
            }

            html.Append(E(text[at..])).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static StringBuilder Start(string title, string intro, Input input, DocumentationReportText t)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{t.Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>{E(title)}</title>
            <style>{Style}</style>
            </head>
            <body><main>
            <h1>{E(title)}</h1>
            <p>{E(intro)}</p>
            <p class="local">{E(t.LocalOnly)}</p>

            """);
        if (input.Outcomes.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Criteria)}</h2>\n<table>\n<tr><th>{E(t.Criterion)}</th><th>{E(t.Actual)}</th><th>{E(t.Outcome)}</th></tr>\n");
            foreach (var o in input.Outcomes)
            {
                var (css, word) = o.Met ? ("met", t.Met) : ("not-met", t.NotMet);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E($"{o.Criterion.Id}: {Criteria.Describe(o.Criterion)}")}</td><td class=\"num\">{Numbers.Format(o.Actual)}</td><td class=\"{css}\">{E(word)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html;
    }

    private static string End(StringBuilder html, DocumentationMetadata md, Input input, DocumentationReportText t)
    {
        var protocol = input.Protocol is { } p ? $"{p.Title} (v{p.Version}, {p.Id})" : t.NoProtocol;
        var files = string.Join("; ", md.Inputs.Select((f, i) => $"{f.Role}: {(i < input.InputFileNames.Count ? input.InputFileNames[i] : "")} ({f.Sha256})"));
        Table(html, t.Provenance, null,
        [
            [t.Protocol, protocol],
            [t.InputFiles, files],
            [t.RowsRead, Numbers.Format(md.RowsRead)],
            [t.RowsUsed, Numbers.Format(md.RowsUsed)],
            [t.RowsRejected, Numbers.Format(md.RowsRejected)],
            [t.StartedAt, md.StartedAt.ToString("u", CultureInfo.InvariantCulture)],
            [t.FinishedAt, md.FinishedAt.ToString("u", CultureInfo.InvariantCulture)],
            [t.EngineVersion, md.EngineVersion],
        ]);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.Footer)}</p>\n</main></body>\n</html>\n");
        return html.ToString();
    }

    // The first column of a table without headers is a row header (provenance); numbers align right.
    private static void Table(StringBuilder html, string? heading, string[]? headers, IReadOnlyList<string[]> rows)
    {
        if (heading is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2>\n");
        }

        html.Append("<div class=\"wide\"><table>\n");
        if (headers is not null)
        {
            html.Append("<tr>").AppendJoin("", headers.Select(h => $"<th>{E(h)}</th>")).Append("</tr>\n");
        }

        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(i == 0 && headers is null ? $"<th scope=\"row\">{E(row[i])}</th>" : i > 0 && IsNumeric(row[i]) ? $"<td class=\"num\">{E(row[i])}</td>" : $"<td>{E(row[i])}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static bool IsNumeric(string cell) => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell == Numbers.Undefined);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
