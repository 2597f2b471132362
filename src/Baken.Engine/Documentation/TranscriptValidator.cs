namespace Baken.Engine.Documentation;

/// <summary>What <see cref="TranscriptValidator"/> computes.</summary>
public sealed record TranscriptOptions
{
    /// <summary>How both texts are normalised before counting.</summary>
    public TextNormalisation Normalisation { get; init; } = TextNormalisation.Basic;

    /// <summary>The validation protocol this run follows, copied into the result.</summary>
    public string? ProtocolId { get; init; }

    /// <summary>Threads over documents; -1 uses all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

/// <summary>Edit counts of one transcript against its reference.</summary>
/// <param name="Label">The document's id, or "row N".</param>
/// <param name="ReferenceWords">Words in the normalised reference.</param>
/// <param name="HypothesisWords">Words in the normalised hypothesis.</param>
/// <param name="WordEdits">Word-level substitutions + deletions + insertions.</param>
/// <param name="ReferenceChars">Characters of the normalised reference words joined by single spaces.</param>
/// <param name="CharEdits">Character-level edits on the same joined texts.</param>
public sealed record TranscriptDocumentResult(string Label, long ReferenceWords, long HypothesisWords, long WordEdits, long ReferenceChars, long CharEdits)
{
    /// <summary>Word error rate; null for an empty reference.</summary>
    public double? Wer => ReferenceWords == 0 ? null : WordEdits / (double)ReferenceWords;

    /// <summary>Character error rate; null for an empty reference.</summary>
    public double? Cer => ReferenceChars == 0 ? null : CharEdits / (double)ReferenceChars;
}

/// <summary>Corpus-level transcript accuracy: total edits over total reference words or characters.</summary>
/// <param name="Documents">Documents compared.</param>
/// <param name="ReferenceWords">Total reference words.</param>
/// <param name="WordEdits">Total word edits.</param>
/// <param name="ReferenceChars">Total reference characters.</param>
/// <param name="CharEdits">Total character edits.</param>
public sealed record TranscriptOverall(int Documents, long ReferenceWords, long WordEdits, long ReferenceChars, long CharEdits)
{
    /// <summary>Corpus WER (not the mean of per-document WERs, which would weigh a short text like a long one).</summary>
    public double? Wer => ReferenceWords == 0 ? null : WordEdits / (double)ReferenceWords;

    /// <summary>Corpus CER.</summary>
    public double? Cer => ReferenceChars == 0 ? null : CharEdits / (double)ReferenceChars;
}

/// <summary>The outcome of one transcript validation; <see cref="DocumentationResultJson"/> writes it.</summary>
/// <param name="Metadata">Provenance.</param>
/// <param name="Normalisation">The normalisation applied.</param>
/// <param name="Overall">Corpus-level figures.</param>
/// <param name="Documents">Per document, in reference-file order.</param>
public sealed record TranscriptResult(
    DocumentationMetadata Metadata, TextNormalisation Normalisation, TranscriptOverall Overall, IReadOnlyList<TranscriptDocumentResult> Documents);

/// <summary>WER and CER of speech-recognition transcripts against human reference transcripts.</summary>
public static class TranscriptValidator
{
    /// <summary>Computes the figures for paired documents (see <see cref="DocumentPairing"/>).</summary>
    /// <param name="data">The pairs; must have no fatal issue.</param>
    /// <param name="files">The files read, reference first, for the metadata.</param>
    /// <param name="options">What to compute.</param>
    /// <param name="timeProvider">Clock for the timestamps; the system clock when null.</param>
    public static TranscriptResult Run(PairedDocuments data, IEnumerable<DocumentFile> files, TranscriptOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        timeProvider ??= TimeProvider.System;
        var startedAt = timeProvider.GetUtcNow();
        var documents = new TranscriptDocumentResult[data.Pairs.Count];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
        {
            var pair = data.Pairs[i];
            documents[i] = Compare(pair.Label, pair.Reference.Text, pair.Candidate.Text, options.Normalisation);
        });

        var overall = new TranscriptOverall(
            documents.Length, documents.Sum(d => d.ReferenceWords), documents.Sum(d => d.WordEdits),
            documents.Sum(d => d.ReferenceChars), documents.Sum(d => d.CharEdits));
        var metadata = DocumentationMetadata.For(data, files, options.ProtocolId, startedAt, timeProvider.GetUtcNow());
        return new TranscriptResult(metadata, options.Normalisation, overall, documents);
    }

    /// <summary>Edit counts for one pair of texts.</summary>
    public static TranscriptDocumentResult Compare(string label, string reference, string hypothesis, TextNormalisation normalisation)
    {
        var r = TextNormaliser.Words(reference, normalisation);
        var h = TextNormaliser.Words(hypothesis, normalisation);
        var rChars = string.Join(' ', r);
        var hChars = string.Join(' ', h);
        return new TranscriptDocumentResult(label, r.Length, h.Length, EditDistance.Words(r, h), rChars.Length, EditDistance.Chars(rChars, hChars));
    }
}
