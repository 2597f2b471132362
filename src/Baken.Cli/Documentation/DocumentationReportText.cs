namespace Baken.Cli.Documentation;

/// <summary>
/// The words of the documentation reports. Dutch is the default, as for the classifier report; the
/// metric names WER, CER and ROUGE are the same in both languages and written in the report itself.
/// </summary>
internal sealed record DocumentationReportText
{
    public required string Lang { get; init; }
    public required string TranscriptTitle { get; init; }
    public required string TranscriptIntro { get; init; }
    public required string NoteTitle { get; init; }
    public required string NoteIntro { get; init; }
    public required string LocalOnly { get; init; }
    public required string Overall { get; init; }
    public required string Metric { get; init; }
    public required string Value { get; init; }
    public required string Documents { get; init; }
    public required string Normalisation { get; init; }
    public required string ReferenceWords { get; init; }
    public required string WordEdits { get; init; }
    public required string ReferenceChars { get; init; }
    public required string CharEdits { get; init; }
    public required string PerDocument { get; init; }
    public required string WorstFirst { get; init; }
    public required string Document { get; init; }
    public required string HypothesisWords { get; init; }
    public required string SectionCompleteness { get; init; }
    public required string Sections { get; init; }
    public required string Facts { get; init; }
    public required string Unsupported { get; init; }
    public required string UnsupportedFactRate { get; init; }
    public required string UnsupportedSentenceRate { get; init; }
    public required string NotesWithUnsupported { get; init; }
    public required string Omitted { get; init; }
    public required string OmittedFactRate { get; init; }
    public required string OmittedSentenceRate { get; init; }
    public required string NoTranscript { get; init; }
    public required string Lexical { get; init; }
    public required string FlaggedFacts { get; init; }
    public required string UnsupportedHeading { get; init; }
    public required string OmittedHeading { get; init; }
    public required string NothingFlagged { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }
    public required string Criteria { get; init; }
    public required string Criterion { get; init; }
    public required string Actual { get; init; }
    public required string Outcome { get; init; }
    public required string Met { get; init; }
    public required string NotMet { get; init; }
    public required string Provenance { get; init; }
    public required string Protocol { get; init; }
    public required string NoProtocol { get; init; }
    public required string InputFiles { get; init; }
    public required string RowsRead { get; init; }
    public required string RowsUsed { get; init; }
    public required string RowsRejected { get; init; }
    public required string StartedAt { get; init; }
    public required string FinishedAt { get; init; }
    public required string EngineVersion { get; init; }
    public required string Footer { get; init; }

    public static DocumentationReportText For(string language) => language == "en" ? English : Dutch;

    public static DocumentationReportText Dutch { get; } = new()
    {
        Lang = "nl",
        TranscriptTitle = "Validatierapport spraakherkenning: transcripties",
        TranscriptIntro = "Lokale vergelijking van automatische transcripties met menselijke transcripties van dezelfde opnamen. WER en CER zijn het aantal fouten (vervangen, weggelaten, toegevoegd) gedeeld door het aantal woorden of tekens van de referentie, over alle documenten samen.",
        NoteTitle = "Validatierapport gegenereerde verslagen",
        NoteIntro = "Lokale vergelijking van gegenereerde verslagen met referentieverslagen (ROUGE, volledigheid van de onderdelen) en met de transcriptie van het gesprek (niet-onderbouwde en weggelaten feiten).",
        LocalOnly = "Dit rapport bevat zinnen en nummers van documenten en blijft binnen de organisatie. Met baken submit worden alleen de samengevatte cijfers gedeeld, nooit teksten of nummers.",
        Overall = "Alle documenten",
        Metric = "Maat",
        Value = "Waarde",
        Documents = "Documenten",
        Normalisation = "Normalisatie",
        ReferenceWords = "Woorden in de referentie",
        WordEdits = "Woordfouten",
        ReferenceChars = "Tekens in de referentie",
        CharEdits = "Tekenfouten",
        PerDocument = "Per document",
        WorstFirst = "Slechtste documenten eerst.",
        Document = "Document",
        HypothesisWords = "Woorden in de transcriptie",
        SectionCompleteness = "Volledigheid onderdelen",
        Sections = "Aanwezige onderdelen",
        Facts = "Feiten",
        Unsupported = "Niet onderbouwd",
        UnsupportedFactRate = "Aandeel niet-onderbouwde feiten",
        UnsupportedSentenceRate = "Aandeel zinnen met een niet-onderbouwd feit",
        NotesWithUnsupported = "Aandeel verslagen met een niet-onderbouwd feit",
        Omitted = "Weggelaten",
        OmittedFactRate = "Aandeel weggelaten feiten",
        OmittedSentenceRate = "Aandeel referentiezinnen met een weggelaten feit",
        NoTranscript = "Zonder transcripties (--transcript) is niet gecontroleerd of feiten onderbouwd zijn.",
        Lexical = "De feitencontrole is lexicaal: getallen met eenheden, doseringen, datums, links/rechts en namen uit de medicijnlijst worden als woorden vergeleken. Dat vangt een veranderde dosis, een verwisselde kant of een verzonnen datum, maar mist feiten die in andere woorden zijn gezegd. Het is een signaal, geen volledig oordeel over hallucinaties: laat gemarkeerde zinnen door een zorgverlener beoordelen.",
        FlaggedFacts = "Gemarkeerde feiten per document",
        UnsupportedHeading = "Niet in de transcriptie",
        OmittedHeading = "Wel in de referentie, niet in het gegenereerde verslag",
        NothingFlagged = "Geen feiten gemarkeerd.",
        Kinds = new Dictionary<string, string>
        {
            ["dosage"] = "dosering", ["quantity"] = "meetwaarde", ["date"] = "datum", ["laterality"] = "kant", ["medication"] = "medicijn",
        },
        Criteria = "Acceptatiecriteria van het protocol",
        Criterion = "Criterium",
        Actual = "Uitkomst",
        Outcome = "Oordeel",
        Met = "voldaan",
        NotMet = "niet voldaan",
        Provenance = "Herkomst",
        Protocol = "Validatieprotocol",
        NoProtocol = "geen (losse validatie)",
        InputFiles = "Invoerbestanden (SHA-256)",
        RowsRead = "Rijen in de referentie",
        RowsUsed = "Documenten vergeleken",
        RowsRejected = "Rijen weggelaten",
        StartedAt = "Gestart",
        FinishedAt = "Klaar",
        EngineVersion = "Versie van de rekenkern",
        Footer = "Gemaakt met baken. Dit bestand werkt zonder internet en zonder scripts.",
    };

    public static DocumentationReportText English { get; } = new()
    {
        Lang = "en",
        TranscriptTitle = "Speech recognition validation report: transcripts",
        TranscriptIntro = "Local comparison of automatic transcripts with human transcripts of the same recordings. WER and CER are the errors (substituted, deleted, inserted) divided by the reference's words or characters, over all documents together.",
        NoteTitle = "Generated notes validation report",
        NoteIntro = "Local comparison of generated notes with reference notes (ROUGE, section completeness) and with the transcript of the conversation (unsupported and omitted facts).",
        LocalOnly = "This report holds sentences and document ids and stays inside the organisation. baken submit shares only the aggregate figures, never texts or ids.",
        Overall = "All documents",
        Metric = "Metric",
        Value = "Value",
        Documents = "Documents",
        Normalisation = "Normalisation",
        ReferenceWords = "Reference words",
        WordEdits = "Word errors",
        ReferenceChars = "Reference characters",
        CharEdits = "Character errors",
        PerDocument = "Per document",
        WorstFirst = "Worst documents first.",
        Document = "Document",
        HypothesisWords = "Transcript words",
        SectionCompleteness = "Section completeness",
        Sections = "Sections present",
        Facts = "Facts",
        Unsupported = "Unsupported",
        UnsupportedFactRate = "Unsupported-fact rate",
        UnsupportedSentenceRate = "Share of sentences with an unsupported fact",
        NotesWithUnsupported = "Share of notes with an unsupported fact",
        Omitted = "Omitted",
        OmittedFactRate = "Omitted-fact rate",
        OmittedSentenceRate = "Share of reference sentences with an omitted fact",
        NoTranscript = "Without transcripts (--transcript) no fact was checked for support.",
        Lexical = "The fact check is lexical: numbers with units, dosages, dates, left/right and names from the medication list are compared as words. It catches a changed dose, a swapped side or an invented date, but misses facts said in other words. It is a signal, not a full hallucination judgement: have a clinician review the flagged sentences.",
        FlaggedFacts = "Flagged facts per document",
        UnsupportedHeading = "Not in the transcript",
        OmittedHeading = "In the reference, not in the generated note",
        NothingFlagged = "No facts flagged.",
        Kinds = new Dictionary<string, string>
        {
            ["dosage"] = "dosage", ["quantity"] = "measurement", ["date"] = "date", ["laterality"] = "side", ["medication"] = "medication",
        },
        Criteria = "The protocol's acceptance criteria",
        Criterion = "Criterion",
        Actual = "Actual",
        Outcome = "Outcome",
        Met = "met",
        NotMet = "not met",
        Provenance = "Provenance",
        Protocol = "Validation protocol",
        NoProtocol = "none (stand-alone validation)",
        InputFiles = "Input files (SHA-256)",
        RowsRead = "Reference rows",
        RowsUsed = "Documents compared",
        RowsRejected = "Rows left out",
        StartedAt = "Started",
        FinishedAt = "Finished",
        EngineVersion = "Engine version",
        Footer = "Made with baken. This file works offline and without scripts.",
    };
}
