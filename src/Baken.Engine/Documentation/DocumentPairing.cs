using System.Globalization;

namespace Baken.Engine.Documentation;

/// <summary>One document found in every file: what is compared.</summary>
/// <param name="Label">How the document is named in the result: its id, or "row N" when pairing by order.</param>
/// <param name="Reference">The reference text.</param>
/// <param name="Candidate">The text under test (ASR hypothesis or generated note).</param>
/// <param name="Transcript">The transcript the note was generated from, when given.</param>
public sealed record DocumentPair(string Label, TextDocument Reference, TextDocument Candidate, TextDocument? Transcript);

/// <summary>Documents paired across files, and the problems that left some out.</summary>
/// <param name="Pairs">Pairs in reference-file order.</param>
/// <param name="Issues">Every issue of every file, then those of pairing itself.</param>
/// <param name="RowsRejected">Reference rows that are not in any pair.</param>
public sealed record PairedDocuments(IReadOnlyList<DocumentPair> Pairs, IReadOnlyList<DocumentIssue> Issues, long RowsRejected)
{
    /// <summary>True when a problem stops the whole computation.</summary>
    public bool HasFatalIssue => Issues.Any(i => i.IsFatal);
}

/// <summary>
/// Pairs the rows of a reference file with those of the file under test (and optionally a transcript
/// file): by id when the files were read with an id column, otherwise by row number, in which case
/// the files must have the same number of rows (a shifted row would silently compare the wrong texts).
/// </summary>
public static class DocumentPairing
{
    /// <summary>Pairs the files; a fatal issue in any file gives no pairs.</summary>
    public static PairedDocuments Pair(DocumentFile reference, DocumentFile candidate, DocumentFile? transcript = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        var files = transcript is null ? new[] { reference, candidate } : [reference, candidate, transcript];
        var issues = files.SelectMany(f => f.Issues).ToList();
        if (issues.Any(i => i.IsFatal))
        {
            return new PairedDocuments([], issues, reference.RowsRead);
        }

        var byId = reference.Columns.IdColumn is not null;
        if (!byId)
        {
            foreach (var other in files.Skip(1).Where(f => f.RowsRead != reference.RowsRead))
            {
                issues.Add(new DocumentIssue(DocumentIssueKind.UnequalRowCounts,
                    $"Pairing by row order, but the reference file has {Count(reference.RowsRead)} data rows and the {other.Columns.Role} file {Count(other.RowsRead)}. " +
                    "Give an id column to pair by id, or make the files line up.", File: other.Columns.Role));
            }

            if (issues.Any(i => i.IsFatal))
            {
                return new PairedDocuments([], issues, reference.RowsRead);
            }
        }

        var key = byId ? (Func<TextDocument, string>)(d => d.Id!) : d => d.Row.ToString(CultureInfo.InvariantCulture);
        var candidates = candidate.Documents.ToDictionary(key, StringComparer.Ordinal);
        var transcripts = transcript?.Documents.ToDictionary(key, StringComparer.Ordinal);
        var pairs = new List<DocumentPair>(reference.Documents.Count);
        foreach (var r in reference.Documents)
        {
            var k = key(r);
            var c = candidates.GetValueOrDefault(k);
            TextDocument? t = null;
            var complete = c is not null && (transcripts is null || transcripts.TryGetValue(k, out t));
            if (complete)
            {
                pairs.Add(new DocumentPair(byId ? k : $"row {k}", r, c!, t));
                continue;
            }

            // By order a missing partner was rejected in its own file and is reported there already.
            if (byId)
            {
                var missingIn = c is null ? candidate.Columns.Role : transcript!.Columns.Role;
                issues.Add(new DocumentIssue(DocumentIssueKind.UnmatchedId,
                    $"The reference file, row {Count(r.Row)}: its id has no usable row in the {missingIn} file; the document is left out.", r.Row, "reference"));
            }
        }

        if (byId)
        {
            var referenceIds = reference.Documents.Select(d => d.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var other in files.Skip(1))
            {
                foreach (var d in other.Documents.Where(d => !referenceIds.Contains(d.Id!)))
                {
                    issues.Add(new DocumentIssue(DocumentIssueKind.UnmatchedId,
                        $"The {other.Columns.Role} file, row {Count(d.Row)}: its id is not among the reference file's usable rows; the row is left out.", d.Row, other.Columns.Role));
                }
            }
        }

        return new PairedDocuments(pairs, issues, reference.RowsRead - pairs.Count);
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
