using System.Text.Json;

namespace Baken.Engine.Documentation;

public static partial class DocumentationResultJson
{
    /// <summary>What the fact figures are, written into every note result so no reader takes them for more.</summary>
    public const string FactCheckLabel =
        "lexical: numbers with units, dosages, dates, laterality and listed medication names compared as words; not a full hallucination judgement";

    /// <summary>A note result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(NoteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            w.WriteString("measure", "noteQuality");
            WriteMetadata(w, result.Metadata);
            w.WriteString("factCheck", FactCheckLabel);
            w.WriteStartArray("expectedSections");
            foreach (var section in result.ExpectedSections)
            {
                w.WriteStringValue(section.Name);
            }

            w.WriteEndArray();
            WriteOverall(w, result);
            w.WriteStartArray("documents");
            foreach (var d in result.Documents)
            {
                WriteDocument(w, d);
            }

            w.WriteEndArray();
        });
    }

    private static void WriteOverall(Utf8JsonWriter w, NoteResult r)
    {
        var docs = r.Documents;
        w.WriteStartObject("overall");
        w.WriteNumber("documents", docs.Count);
        w.WriteNumberOrNull("rouge1", r.Mean(d => d.Rouge.Rouge1));
        w.WriteNumberOrNull("rouge2", r.Mean(d => d.Rouge.Rouge2));
        w.WriteNumberOrNull("rougeL", r.Mean(d => d.Rouge.RougeL));
        w.WriteNumberOrNull("rougeLsum", r.Mean(d => d.Rouge.RougeLsum));
        w.WriteNumberOrNull("sectionCompleteness", r.Mean(d => d.SectionCompleteness));
        w.WriteStartObject("sectionPresence");
        foreach (var section in r.ExpectedSections)
        {
            w.WriteNumberOrNull(section.Name, r.Mean(d => d.SectionsPresent.Contains(section.Name) ? 1 : 0));
        }

        w.WriteEndObject();
        w.WriteNumber("generatedFacts", docs.Sum(d => d.Facts));
        WriteCount(w, "unsupportedFacts", r.TranscriptGiven ? docs.Sum(d => d.Unsupported!.Count) : null);
        w.WriteNumberOrNull("unsupportedFactRate", r.UnsupportedFactRate);
        w.WriteNumberOrNull("unsupportedSentenceRate", r.UnsupportedSentenceRate);
        w.WriteNumberOrNull("notesWithUnsupportedFacts", r.TranscriptGiven ? r.Mean(d => d.Unsupported!.Count > 0 ? 1 : 0) : null);
        w.WriteNumber("referenceFacts", docs.Sum(d => d.ReferenceFacts));
        w.WriteNumber("omittedFacts", docs.Sum(d => d.Omitted.Count));
        w.WriteNumberOrNull("omittedFactRate", r.OmittedFactRate);
        w.WriteNumberOrNull("omittedSentenceRate", r.OmittedSentenceRate);
        w.WriteNumberOrNull("notesWithOmissions", r.Mean(d => d.Omitted.Count > 0 ? 1 : 0));
        if (r.TranscriptGiven)
        {
            WriteByKind(w, "unsupportedByKind", docs.SelectMany(d => d.Unsupported!));
        }

        WriteByKind(w, "omittedByKind", docs.SelectMany(d => d.Omitted));
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, NoteDocumentResult d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Label);
        w.WriteNumber("rouge1", d.Rouge.Rouge1);
        w.WriteNumber("rouge2", d.Rouge.Rouge2);
        w.WriteNumber("rougeL", d.Rouge.RougeL);
        w.WriteNumber("rougeLsum", d.Rouge.RougeLsum);
        w.WriteStartArray("sectionsPresent");
        foreach (var name in d.SectionsPresent)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteNumber("sectionCompleteness", d.SectionCompleteness);
        w.WriteNumber("sentences", d.Sentences);
        w.WriteNumber("facts", d.Facts);
        WriteCount(w, "unsupportedFacts", d.Unsupported?.Count);
        w.WriteNumberOrNull("unsupportedFactRate", d.UnsupportedFactRate);
        w.WriteNumberOrNull("unsupportedSentenceRate", d.UnsupportedSentenceRate);
        w.WriteNumber("referenceSentences", d.ReferenceSentences);
        w.WriteNumber("referenceFacts", d.ReferenceFacts);
        w.WriteNumber("omittedFacts", d.Omitted.Count);
        w.WriteNumberOrNull("omittedFactRate", d.OmittedFactRate);
        w.WriteNumberOrNull("omittedSentenceRate", d.OmittedSentenceRate);
        if (d.Unsupported is not null)
        {
            WriteFacts(w, "unsupported", d.Unsupported);
        }

        WriteFacts(w, "omitted", d.Omitted);
        w.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter w, string name, IReadOnlyList<ClinicalFact> facts)
    {
        w.WriteStartArray(name);
        foreach (var f in facts)
        {
            w.WriteStartObject();
            w.WriteString("kind", KindName(f.Kind));
            w.WriteString("text", f.Text);
            w.WriteNumber("sentenceIndex", f.Sentence.Index);
            w.WriteString("sentence", f.Sentence.Text);
            w.WriteNumber("start", f.Start);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteByKind(Utf8JsonWriter w, string name, IEnumerable<ClinicalFact> facts)
    {
        var counts = facts.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
        w.WriteStartObject(name);
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            w.WriteNumber(KindName(kind), counts.GetValueOrDefault(kind));
        }

        w.WriteEndObject();
    }

    /// <summary>The camelCase name of a fact kind in results and reports.</summary>
    public static string KindName(FactKind kind) => kind switch
    {
        FactKind.Dosage => "dosage",
        FactKind.Quantity => "quantity",
        FactKind.Date => "date",
        FactKind.Laterality => "laterality",
        _ => "medication",
    };

    private static void WriteCount(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
