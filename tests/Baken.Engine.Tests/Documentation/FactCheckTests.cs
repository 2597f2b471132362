using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class FactCheckTests
{
    private static readonly FactExtractor Extractor = new(MedicationList.Default);

    private const string DutchTranscript = """
        [arts] Goedemorgen mevrouw Jansen, hoe gaat het met de knie?
        [patiënt] De rechterknie is nog steeds dik en pijnlijk, vooral 's nachts.
        [arts] U gebruikt nu metoprolol vijftig milligram en paracetamol 500 mg, drie keer per dag?
        [patiënt] Ja. En de bloeddruk was gisteren 145/90.
        [arts] Dan maken we een afspraak op 12 maart 2025 voor een echo van de rechter knie.
        """;

    [Fact]
    public void Unbacked_DutchNoteWithChangedDoseSwappedSideAndInventedDate_FlagsExactlyThoseThree()
    {
        const string note = """
            S: Pijnlijke, dikke linkerknie, vooral 's nachts.
            O: Bloeddruk 145/90 mmHg.
            Medicatie: metoprolol 100 mg en paracetamol 500 mg 3 keer per dag.
            P: Echo van de knie op 14 maart 2025.
            """;

        var unsupported = FactCheck.Unbacked(Extractor.Extract(note), Extractor.Extract(DutchTranscript, bareNumbers: true));

        Assert.Equal(
            [(FactKind.Laterality, "linkerknie"), (FactKind.Dosage, "100 mg"), (FactKind.Date, "14 maart 2025")],
            unsupported.Select(f => (f.Kind, f.Text)));
        Assert.Equal("S: Pijnlijke, dikke linkerknie, vooral 's nachts.", unsupported[0].Sentence.Text);
        Assert.Equal("linkerknie", unsupported[0].Sentence.Text.Substring(unsupported[0].Start, "linkerknie".Length));
    }

    [Fact]
    public void Unbacked_DutchNoteFaithfulToTheTranscript_FlagsNothing()
    {
        // Words against digits, "rechter knie" against "rechterknie", "Paracetamol" in capitals: all the same facts.
        const string note = """
            Anamnese: pijn en zwelling van de rechterknie.
            Medicatie: Metoprolol 50 mg, paracetamol 500 milligram 3x per dag.
            Beleid: echo rechterknie op 12-03-2025.
            """;

        var facts = Extractor.Extract(note);
        Assert.Empty(FactCheck.Unbacked(facts, Extractor.Extract(DutchTranscript, bareNumbers: true)));
        Assert.Contains(facts, f => f.Kind == FactKind.Medication && f.Key == "metoprolol");
        Assert.Contains(facts, f => f is { Kind: FactKind.Date, Key: "2025-3-12" });
    }

    [Fact]
    public void Unbacked_EnglishNoteWithChangedDoseSwappedSideAndInventedDate_FlagsThem()
    {
        const string transcript = """
            [doctor] so you're taking lisinopril 20 mg once a day and metformin 500 milligrams twice a day ?
            [patient] yes . and my right shoulder still hurts when i lift my arm .
            [doctor] okay . your blood pressure today is 130/85 . we'll see you back in three months .
            """;
        const string note = """
            HISTORY OF PRESENT ILLNESS
            The patient reports pain in the left shoulder when lifting the arm.
            MEDICATIONS
            Lisinopril 40 mg daily. Metformin 500 mg twice daily. Atorvastatin 20 mg.
            PLAN
            Follow up on March 3, 2025, in 3 months.
            """;

        var unsupported = FactCheck.Unbacked(Extractor.Extract(note), Extractor.Extract(transcript, bareNumbers: true));

        Assert.Equal(
            [(FactKind.Laterality, "left"), (FactKind.Dosage, "40 mg"), (FactKind.Medication, "Atorvastatin"), (FactKind.Date, "March 3, 2025")],
            unsupported.Select(f => (f.Kind, f.Text)));
    }

    [Fact]
    public void Unbacked_OmissionsOfTheReferenceNote_AreTheReferenceFactsTheGeneratedNoteLacks()
    {
        const string reference = "Metoprolol 50 mg. Allergie voor amoxicilline. Controle over 2 weken.";
        const string generated = "Metoprolol 50 mg. Controle volgt.";

        var omitted = FactCheck.Unbacked(Extractor.Extract(reference), Extractor.Extract(generated));

        Assert.Equal(["amoxicilline", "2 weken"], omitted.Select(f => f.Text));
        Assert.Equal([1, 2], omitted.Select(f => f.Sentence.Index));
    }

    [Theory]
    [InlineData("Amoxicilline", "amoxicillin")]
    [InlineData("METFORMINE", "metformins")]
    [InlineData("hydrochloorthiazide", "hydrochloorthiazide")]
    [InlineData("Foliumzuur", "foliumzuur")]
    public void Extract_MedicationSpellings_MatchAfterFolding(string inNote, string inTranscript)
    {
        var note = Extractor.Extract($"Gebruikt {inNote}.");
        Assert.Equal(FactKind.Medication, Assert.Single(note).Kind);
        Assert.Empty(FactCheck.Unbacked(note, Extractor.Extract($"she takes {inTranscript} every day")));
    }

    [Fact]
    public void Extract_NumericDate_KeepsBothReadingsOfDayAndMonth()
    {
        var date = Assert.Single(Extractor.Extract("Geboren 3/2/1972."));
        Assert.Equal(["1972-2-3", "1972-3-2"], date.Keys);
        Assert.Empty(FactCheck.Unbacked([date], Extractor.Extract("date of birth march 2 1972")));
    }

    [Fact]
    public void Extract_YearOnlyClaim_IsBackedByTheFullDate()
    {
        var claim = Extractor.Extract("Last seen in April 2020.");
        Assert.Empty(FactCheck.Unbacked(claim, Extractor.Extract("our last appointment on april 14, 2020")));
        Assert.Single(FactCheck.Unbacked(Extractor.Extract("Seen on 14 April 2020."), Extractor.Extract("last appointment in april 2020")));
    }
}
