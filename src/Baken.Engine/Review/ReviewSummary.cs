using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Baken.Engine.Metrics;

namespace Baken.Engine.Review;

/// <summary>
/// Aggregates the reviewers' ratings into a documentation result of measure "humanReview", in the
/// layout of the other documentation results, with aggregates only: no note ids, texts or comments,
/// and no rater names. The headline figures (<c>pdqi9Mean</c>, <c>hallucinationFreeRate</c>, the item
/// means) are over AI-generated notes, since those are what a protocol judges; <c>humanNotes</c> puts
/// the figures of human-written notes beside them when the review mixed both. <c>krippendorffAlpha</c> is the
/// agreement between reviewers (interval alpha on each rating's PDQI-9 mean, all notes).
/// </summary>
public static class ReviewSummary
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The summary as UTF-8 JSON.</summary>
    /// <param name="ratings">Every rating of every reviewer.</param>
    /// <param name="protocolId">The protocol the review belongs to, when there is one.</param>
    /// <param name="inputSha256">SHA-256 of the rating files, so the organisation can tie the result to them.</param>
    /// <param name="blinded">Whether reviewers saw the notes without their origin.</param>
    /// <param name="startedAt">When the summary was started.</param>
    /// <param name="finishedAt">When it was finished.</param>
    public static byte[] ToUtf8Bytes(IReadOnlyList<NoteRating> ratings, string? protocolId, string inputSha256, bool blinded, DateTimeOffset startedAt, DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("taskType", "documentation");
            w.WriteString("measure", "humanReview");
            w.WriteStartObject("metadata");
            w.WriteString("engineVersion", ClassifierValidator.EngineVersion);
            w.WriteString("protocolId", protocolId);
            w.WriteString("ratingsSha256", inputSha256);
            w.WriteString("instrument", "PDQI-9 (1-5 per item) + free from hallucination (yes/no)");
            w.WriteString("agreement", "Krippendorff's alpha, interval, on each rating's PDQI-9 mean");
            w.WriteBoolean("blinded", blinded);
            w.WriteString("startedAt", startedAt.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("finishedAt", finishedAt.ToString("O", CultureInfo.InvariantCulture));
            w.WriteEndObject();

            var ai = ratings.Where(r => r.Origin == "ai").ToList();
            w.WriteStartObject("overall");
            w.WriteNumber("documents", ai.Select(r => r.NoteId).Distinct(StringComparer.Ordinal).Count());
            w.WriteNumber("ratings", ai.Count);
            w.WriteNumber("raters", ratings.Select(r => r.Rater).Distinct(StringComparer.Ordinal).Count());
            WriteFigures(w, ai);
            var alpha = KrippendorffAlpha.Interval(ratings.GroupBy(r => r.NoteId, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<double>)[.. g.Select(r => r.Mean)]));
            w.WriteNumberOrNull("krippendorffAlpha", alpha);
            w.WriteStartObject("items");
            for (var i = 0; i < Pdqi9.Items.Count; i++)
            {
                w.WriteNumberOrNull(Pdqi9.Items[i].Key, ai.Count == 0 ? null : ai.Average(r => r.Items[i]));
            }

            w.WriteEndObject();
            var human = ratings.Where(r => r.Origin == "human").ToList();
            if (human.Count > 0)
            {
                w.WriteStartObject("humanNotes");
                w.WriteNumber("documents", human.Select(r => r.NoteId).Distinct(StringComparer.Ordinal).Count());
                w.WriteNumber("ratings", human.Count);
                WriteFigures(w, human);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteFigures(Utf8JsonWriter w, List<NoteRating> ratings)
    {
        w.WriteNumberOrNull("pdqi9Mean", ratings.Count == 0 ? null : ratings.Average(r => r.Mean));
        w.WriteNumberOrNull("hallucinationFreeRate", ratings.Count == 0 ? null : ratings.Count(r => r.HallucinationFree) / (double)ratings.Count);
    }
}
