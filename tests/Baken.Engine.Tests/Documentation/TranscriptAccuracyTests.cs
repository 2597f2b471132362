using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class TranscriptAccuracyTests
{
    [Fact]
    public void Run_AciBenchAsrAgainstHumanTranscripts_GivesThePublishedCorpusFigures()
    {
        var reference = DocumentReader.ReadCsv(AciBench.Path_("test2_virtscribe_humantrans.csv"), new DocumentColumns("reference", "dialogue", "id"));
        var hypothesis = DocumentReader.ReadCsv(AciBench.Path_("test2_virtscribe_asr.csv"), new DocumentColumns("hypothesis", "dialogue", "id"));
        var pairs = DocumentPairing.Pair(reference, hypothesis);

        var result = TranscriptValidator.Run(pairs, [reference, hypothesis], new TranscriptOptions(), new FixedClock());

        Assert.Equal(8, result.Overall.Documents);
        Assert.Equal(11_218, result.Overall.ReferenceWords);
        Assert.Equal(0.0853, Math.Round(result.Overall.Wer!.Value, 4));
        Assert.Equal(0.0428, Math.Round(result.Overall.Cer!.Value, 4));
        Assert.Equal(8, result.Metadata.RowsUsed);
        Assert.Equal(0, result.Metadata.RowsRejected);
        // Pairing is by id: the human file lists the encounters in another order.
        Assert.Equal(["VS019", "VS001", "VS013", "VS025", "VS009", "VS008", "VS036", "VS005"], result.Documents.Select(d => d.Label));
    }

    [Theory]
    // Dutch, with diacritics kept: "patiënt" vs "patient" is one substitution, as a spelling error should be.
    [InlineData("De patiënt heeft pijn in de rechterknie.", "de patient heeft pijn in de rechterknie", 1, 7)]
    [InlineData("[arts] Hoe gaat het? [patiënt] Goed, dank u.", "hoe gaat het goed dank u", 0, 6)]
    [InlineData("Zij gebruikt metoprolol vijftig milligram", "zij gebruikt metoprolol milligram per dag", 3, 5)]
    [InlineData("twee keer per dag", "twee per dag keer", 2, 4)]
    public void Compare_DutchSentences_CountsTheKnownWordEdits(string reference, string hypothesis, long edits, long words)
    {
        var d = TranscriptValidator.Compare("x", reference, hypothesis, TextNormalisation.Basic);
        Assert.Equal((edits, words), (d.WordEdits, d.ReferenceWords));
    }

    [Fact]
    public void Compare_CharacterLevel_CountsOverWordsJoinedBySingleSpaces()
    {
        // "een  tablet" -> "een tablet" (10 chars); "één tablet" differs in two characters.
        var d = TranscriptValidator.Compare("x", "Een,  tablet!", "één tablet", TextNormalisation.Basic);
        Assert.Equal((10L, 2L), (d.ReferenceChars, d.CharEdits));
        Assert.Equal(0.2, d.Cer!.Value, 12);
    }

    [Fact]
    public void Compare_NoNormalisation_CountsCaseAndPunctuation()
    {
        var d = TranscriptValidator.Compare("x", "[dokter] Goedemorgen, mevrouw.", "goedemorgen mevrouw", TextNormalisation.None);
        Assert.Equal((3L, 3L), (d.ReferenceWords, d.WordEdits));
    }

    [Fact]
    public void Words_Basic_RemovesTagsLowerCasesAndDeletesPunctuationOnly()
    {
        Assert.Equal(["één", "tablet", "321972", "49yearold", "café"], TextNormaliser.Words("[doctor] Één tablet 3/2/1972, 49-year-old «Café»", TextNormalisation.Basic));
        Assert.Equal(["a", "b"], TextNormaliser.Words("a [unclosed\nb", TextNormalisation.Basic).Where(w => w != "unclosed"));
    }
}
