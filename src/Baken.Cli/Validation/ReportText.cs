namespace Baken.Cli.Validation;

/// <summary>
/// The words of the HTML report. Dutch is the default, as for the platform's pages (the report is
/// read by clinicians and quality staff at the care organisation); English is one flag away.
/// Metric names that are the same in both (AUROC, Brier) are written once in the report itself.
/// </summary>
internal sealed record ReportText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Provenance { get; init; }
    public required string Protocol { get; init; }
    public required string NoProtocol { get; init; }
    public required string InputFile { get; init; }
    public required string InputSha256 { get; init; }
    public required string RowsRead { get; init; }
    public required string RowsUsed { get; init; }
    public required string RowsRejected { get; init; }
    public required string Seed { get; init; }
    public required string BootstrapReplicates { get; init; }
    public required string StartedAt { get; init; }
    public required string FinishedAt { get; init; }
    public required string DataPeriod { get; init; }
    public required string EngineVersion { get; init; }
    public required string MinCellSize { get; init; }
    public required string Overall { get; init; }
    public required string Metric { get; init; }
    public required string Value { get; init; }
    public required string Positives { get; init; }
    public required string Prevalence { get; init; }
    public required string AurocCi { get; init; }
    public required string BootstrapCi { get; init; }
    public required string LogLoss { get; init; }
    public required string CalibrationInTheLarge { get; init; }
    public required string CalibrationIntercept { get; init; }
    public required string CalibrationSlope { get; init; }
    public required string ObservedExpected { get; init; }
    public required string Ece { get; init; }
    public required string RocTitle { get; init; }
    public required string RocX { get; init; }
    public required string RocY { get; init; }
    public required string RocUndefined { get; init; }
    public required string CalibrationTitle { get; init; }
    public required string CalibrationX { get; init; }
    public required string CalibrationY { get; init; }
    public required string Diagonal { get; init; }
    public required string Thresholds { get; init; }
    public required string Threshold { get; init; }
    public required string Sensitivity { get; init; }
    public required string Specificity { get; init; }
    public required string Accuracy { get; init; }
    public required string NetBenefit { get; init; }
    public required string Subgroups { get; init; }
    public required string NoSubgroups { get; init; }
    public required string Column { get; init; }
    public required string SubgroupValue { get; init; }
    public required string Suppressed { get; init; }
    public required string SuppressedNote { get; init; }
    public required string Criteria { get; init; }
    public required string Criterion { get; init; }
    public required string Actual { get; init; }
    public required string Outcome { get; init; }
    public required string Met { get; init; }
    public required string NotMet { get; init; }
    public required string Footer { get; init; }

    public static ReportText For(string language) => language == "en" ? English : Dutch;

    public static ReportText Dutch { get; } = new()
    {
        Lang = "nl",
        Title = "Validatierapport",
        Intro = "Lokale validatie van een classificatiemodel. Dit rapport bevat alleen samengevatte cijfers over groepen, geen gegevens van personen.",
        Provenance = "Herkomst",
        Protocol = "Validatieprotocol",
        NoProtocol = "geen (losse validatie)",
        InputFile = "Invoerbestand",
        InputSha256 = "SHA-256 van het invoerbestand",
        RowsRead = "Rijen gelezen",
        RowsUsed = "Rijen gebruikt",
        RowsRejected = "Rijen afgewezen",
        Seed = "Seed van de bootstrap",
        BootstrapReplicates = "Bootstrap-herhalingen",
        StartedAt = "Gestart",
        FinishedAt = "Klaar",
        DataPeriod = "Periode van de voorspellingen",
        EngineVersion = "Versie van de rekenkern",
        MinCellSize = "Kleinste getoonde subgroep (rijen, positieven en negatieven)",
        Overall = "Alle gegevens",
        Metric = "Maat",
        Value = "Waarde",
        Positives = "Positieven (uitkomst 1)",
        Prevalence = "Prevalentie",
        AurocCi = "AUROC (95%-BI, DeLong)",
        BootstrapCi = "95%-BI (bootstrap)",
        LogLoss = "Log-loss",
        CalibrationInTheLarge = "Kalibratie in het geheel (calibration-in-the-large)",
        CalibrationIntercept = "Kalibratie-intercept",
        CalibrationSlope = "Kalibratiehelling",
        ObservedExpected = "Waargenomen / verwacht (O/E)",
        Ece = "Verwachte kalibratiefout (ECE)",
        RocTitle = "ROC-curve",
        RocX = "1 − specificiteit",
        RocY = "Sensitiviteit",
        RocUndefined = "Geen ROC-curve: de gegevens bevatten maar één uitkomstklasse.",
        CalibrationTitle = "Kalibratie (10 klassen)",
        CalibrationX = "Voorspelde kans",
        CalibrationY = "Waargenomen fractie",
        Diagonal = "Diagonaal: perfecte kalibratie of toeval",
        Thresholds = "Per drempelwaarde",
        Threshold = "Drempel",
        Sensitivity = "Sensitiviteit",
        Specificity = "Specificiteit",
        Accuracy = "Juistheid",
        NetBenefit = "Netto voordeel",
        Subgroups = "Subgroepen",
        NoSubgroups = "Er zijn geen subgroepen gevraagd.",
        Column = "Kolom",
        SubgroupValue = "Groep",
        Suppressed = "onderdrukt",
        SuppressedNote = "Een groep met minder dan {0} rijen, positieven of negatieven wordt niet getoond (kleine aantallen zijn herleidbaar tot personen).",
        Criteria = "Acceptatiecriteria van het protocol",
        Criterion = "Criterium",
        Actual = "Uitkomst",
        Outcome = "Oordeel",
        Met = "voldaan",
        NotMet = "niet voldaan",
        Footer = "Gemaakt met baken validate. Dit bestand werkt zonder internet en zonder scripts.",
    };

    public static ReportText English { get; } = new()
    {
        Lang = "en",
        Title = "Validation report",
        Intro = "Local validation of a classification model. This report holds only aggregate figures about groups, no data about individuals.",
        Provenance = "Provenance",
        Protocol = "Validation protocol",
        NoProtocol = "none (stand-alone validation)",
        InputFile = "Input file",
        InputSha256 = "SHA-256 of the input file",
        RowsRead = "Rows read",
        RowsUsed = "Rows used",
        RowsRejected = "Rows rejected",
        Seed = "Bootstrap seed",
        BootstrapReplicates = "Bootstrap replicates",
        StartedAt = "Started",
        FinishedAt = "Finished",
        DataPeriod = "Period of the predictions",
        EngineVersion = "Engine version",
        MinCellSize = "Smallest subgroup shown (rows, positives and negatives)",
        Overall = "All data",
        Metric = "Metric",
        Value = "Value",
        Positives = "Positives (outcome 1)",
        Prevalence = "Prevalence",
        AurocCi = "AUROC (95% CI, DeLong)",
        BootstrapCi = "95% CI (bootstrap)",
        LogLoss = "Log loss",
        CalibrationInTheLarge = "Calibration-in-the-large",
        CalibrationIntercept = "Calibration intercept",
        CalibrationSlope = "Calibration slope",
        ObservedExpected = "Observed / expected (O/E)",
        Ece = "Expected calibration error (ECE)",
        RocTitle = "ROC curve",
        RocX = "1 − specificity",
        RocY = "Sensitivity",
        RocUndefined = "No ROC curve: the data hold only one outcome class.",
        CalibrationTitle = "Calibration (10 bins)",
        CalibrationX = "Predicted probability",
        CalibrationY = "Observed fraction",
        Diagonal = "Diagonal: perfect calibration or chance",
        Thresholds = "Per threshold",
        Threshold = "Threshold",
        Sensitivity = "Sensitivity",
        Specificity = "Specificity",
        Accuracy = "Accuracy",
        NetBenefit = "Net benefit",
        Subgroups = "Subgroups",
        NoSubgroups = "No subgroups were requested.",
        Column = "Column",
        SubgroupValue = "Group",
        Suppressed = "suppressed",
        SuppressedNote = "A group with fewer than {0} rows, positives or negatives is not shown (small numbers can identify people).",
        Criteria = "The protocol's acceptance criteria",
        Criterion = "Criterion",
        Actual = "Actual",
        Outcome = "Outcome",
        Met = "met",
        NotMet = "not met",
        Footer = "Made with baken validate. This file works offline and without scripts.",
    };
}
