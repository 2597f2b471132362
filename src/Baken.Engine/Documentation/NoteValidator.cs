namespace Baken.Engine.Documentation;

/// <summary>What <see cref="NoteValidator"/> computes.</summary>
public sealed record NoteOptions
{
    /// <summary>Sections every note should have; SOAP with Dutch and English headings by default.</summary>
    public IReadOnlyList<NoteSection> ExpectedSections { get; init; } = NoteSections.Soap;

    /// <summary>Medication names for the fact check; the list in content/medications by default.</summary>
    public MedicationList? Medications { get; init; }

    /// <summary>The validation protocol this run follows, copied into the result.</summary>
    public string? ProtocolId { get; init; }

    /// <summary>Threads over documents; -1 uses all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

/// <summary>One generated note against its reference note (and transcript).</summary>
/// <param name="Label">The document's id, or "row N".</param>
/// <param name="Rouge">ROUGE F-measures against the reference note.</param>
/// <param name="SectionsPresent">Expected sections the generated note has.</param>
/// <param name="SectionCompleteness">Present / expected sections.</param>
/// <param name="Sentences">Sentences in the generated note.</param>
/// <param name="Facts">Facts found in the generated note.</param>
/// <param name="Unsupported">Generated-note facts not in the transcript; null when no transcript was given.</param>
/// <param name="ReferenceSentences">Sentences in the reference note.</param>
/// <param name="ReferenceFacts">Facts found in the reference note.</param>
/// <param name="Omitted">Reference-note facts not in the generated note.</param>
public sealed record NoteDocumentResult(
    string Label,
    RougeScores Rouge,
    IReadOnlyList<string> SectionsPresent,
    double SectionCompleteness,
    int Sentences,
    int Facts,
    IReadOnlyList<ClinicalFact>? Unsupported,
    int ReferenceSentences,
    int ReferenceFacts,
    IReadOnlyList<ClinicalFact> Omitted)
{
    /// <summary>Unsupported facts / generated facts (null without a transcript or without facts).</summary>
    public double? UnsupportedFactRate => Unsupported is null || Facts == 0 ? null : Unsupported.Count / (double)Facts;

    /// <summary>Sentences with at least one unsupported fact.</summary>
    public int? UnsupportedSentences => Unsupported?.Select(f => f.Sentence.Index).Distinct().Count();

    /// <summary>Sentences with an unsupported fact / generated sentences.</summary>
    public double? UnsupportedSentenceRate => UnsupportedSentences is { } n && Sentences > 0 ? n / (double)Sentences : null;

    /// <summary>Omitted facts / reference facts (null without reference facts).</summary>
    public double? OmittedFactRate => ReferenceFacts == 0 ? null : Omitted.Count / (double)ReferenceFacts;

    /// <summary>Reference sentences with at least one omitted fact.</summary>
    public int OmittedSentences => Omitted.Select(f => f.Sentence.Index).Distinct().Count();

    /// <summary>Reference sentences with an omitted fact / reference sentences.</summary>
    public double? OmittedSentenceRate => ReferenceSentences > 0 ? OmittedSentences / (double)ReferenceSentences : null;
}

/// <summary>The outcome of one note validation; <see cref="DocumentationResultJson"/> writes it.</summary>
/// <param name="Metadata">Provenance.</param>
/// <param name="ExpectedSections">The sections that were looked for.</param>
/// <param name="TranscriptGiven">Whether unsupported facts could be checked.</param>
/// <param name="Documents">Per document, in reference-file order.</param>
public sealed record NoteResult(DocumentationMetadata Metadata, IReadOnlyList<NoteSection> ExpectedSections, bool TranscriptGiven, IReadOnlyList<NoteDocumentResult> Documents)
{
    /// <summary>Mean of the per-note F-measures, as the ACI-Bench paper reports them.</summary>
    public double? Mean(Func<NoteDocumentResult, double> metric) => Documents.Count == 0 ? null : Documents.Average(metric);

    /// <summary>Total unsupported facts / total generated facts (null without a transcript or without facts).</summary>
    public double? UnsupportedFactRate => TranscriptGiven ? Ratio(Documents.Sum(d => d.Unsupported!.Count), Documents.Sum(d => d.Facts)) : null;

    /// <summary>Generated sentences with an unsupported fact / all generated sentences.</summary>
    public double? UnsupportedSentenceRate => TranscriptGiven ? Ratio(Documents.Sum(d => d.UnsupportedSentences!.Value), Documents.Sum(d => d.Sentences)) : null;

    /// <summary>Total omitted facts / total reference facts.</summary>
    public double? OmittedFactRate => Ratio(Documents.Sum(d => d.Omitted.Count), Documents.Sum(d => d.ReferenceFacts));

    /// <summary>Reference sentences with an omitted fact / all reference sentences.</summary>
    public double? OmittedSentenceRate => Ratio(Documents.Sum(d => d.OmittedSentences), Documents.Sum(d => d.ReferenceSentences));

    private static double? Ratio(int part, int whole) => whole == 0 ? null : part / (double)whole;
}

/// <summary>
/// Note quality of generated clinical notes: ROUGE against reference notes, section completeness, and
/// the lexical fact check (unsupported facts against the transcript, omissions against the reference).
/// The fact check compares words, not meaning: it is a screen for the dangerous cases (a changed dose,
/// a swapped side, an invented date), not a judgement of whether a note hallucinates.
/// </summary>
public static class NoteValidator
{
    /// <summary>Computes the figures for paired documents (see <see cref="DocumentPairing"/>).</summary>
    /// <param name="data">The pairs; must have no fatal issue. With transcripts, every pair has one.</param>
    /// <param name="files">The files read, reference first, for the metadata.</param>
    /// <param name="options">What to compute.</param>
    /// <param name="timeProvider">Clock for the timestamps; the system clock when null.</param>
    public static NoteResult Run(PairedDocuments data, IEnumerable<DocumentFile> files, NoteOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        timeProvider ??= TimeProvider.System;
        var startedAt = timeProvider.GetUtcNow();
        var extractor = new FactExtractor(options.Medications ?? MedicationList.Default);
        var transcriptGiven = data.Pairs.Count > 0 && data.Pairs.All(p => p.Transcript is not null);
        var documents = new NoteDocumentResult[data.Pairs.Count];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
        {
            var pair = data.Pairs[i];
            documents[i] = Compare(pair.Label, pair.Reference.Text, pair.Candidate.Text, transcriptGiven ? pair.Transcript!.Text : null, extractor, options.ExpectedSections);
        });

        var metadata = DocumentationMetadata.For(data, files, options.ProtocolId, startedAt, timeProvider.GetUtcNow());
        return new NoteResult(metadata, options.ExpectedSections, transcriptGiven, documents);
    }

    /// <summary>Figures for one generated note.</summary>
    public static NoteDocumentResult Compare(
        string label, string reference, string generated, string? transcript, FactExtractor extractor, IReadOnlyList<NoteSection> expectedSections)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(expectedSections);
        var sentences = Sentences.Split(generated);
        var facts = new List<ClinicalFact>();
        foreach (var sentence in sentences)
        {
            extractor.Extract(sentence, facts);
        }

        var referenceSentences = Sentences.Split(reference);
        var referenceFacts = new List<ClinicalFact>();
        foreach (var sentence in referenceSentences)
        {
            extractor.Extract(sentence, referenceFacts);
        }

        var unsupported = transcript is null ? null : FactCheck.Unbacked(facts, extractor.Extract(transcript, bareNumbers: true));
        var generatedAsSource = new List<ClinicalFact>();
        foreach (var sentence in sentences)
        {
            extractor.Extract(sentence, generatedAsSource, bareNumbers: true);
        }

        var present = NoteSections.Present(generated, expectedSections);
        return new NoteDocumentResult(
            label, Rouge.Score(reference, generated), present, expectedSections.Count == 0 ? 1 : present.Count / (double)expectedSections.Count,
            sentences.Count, facts.Count, unsupported, referenceSentences.Count, referenceFacts.Count, FactCheck.Unbacked(referenceFacts, generatedAsSource));
    }
}
