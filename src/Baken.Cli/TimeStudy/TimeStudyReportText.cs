namespace Baken.Cli.TimeStudy;

/// <summary>The words of the time-study report; Dutch is the default, as for the other reports.</summary>
internal sealed record TimeStudyReportText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Results { get; init; }
    public required string Scope { get; init; }
    public required string Overall { get; init; }
    public required string ShiftsBefore { get; init; }
    public required string ShiftsAfter { get; init; }
    public required string ShareBefore { get; init; }
    public required string ShareAfter { get; init; }
    public required string Difference { get; init; }
    public required string WelchCi { get; init; }
    public required string BootstrapCi { get; init; }
    public required string MinutesSaved { get; init; }
    public required string Suppressed { get; init; }
    public required string SuppressedNote { get; init; }
    public required string Method { get; init; }
    public required string MethodText { get; init; }
    public required string Rejected { get; init; }
    public required string Criteria { get; init; }
    public required string Criterion { get; init; }
    public required string Actual { get; init; }
    public required string Outcome { get; init; }
    public required string Met { get; init; }
    public required string NotMet { get; init; }
    public required string Provenance { get; init; }
    public required string Protocol { get; init; }
    public required string NoProtocol { get; init; }
    public required string InputFile { get; init; }
    public required string RowsRead { get; init; }
    public required string RowsUsed { get; init; }
    public required string RowsRejected { get; init; }
    public required string Bootstrap { get; init; }
    public required string WeekHours { get; init; }
    public required string StartedAt { get; init; }
    public required string EngineVersion { get; init; }
    public required string Footer { get; init; }

    public static TimeStudyReportText For(string language) => language == "en" ? English : Dutch;

    private static readonly TimeStudyReportText Dutch = new()
    {
        Lang = "nl",
        Title = "Tijdmeting administratie: voor en na",
        Intro = "Het aandeel van de werktijd dat aan administratie opgaat, gemeten per dienst vóór en na de invoering van de AI-toepassing.",
        Results = "Uitkomsten",
        Scope = "Groep",
        Overall = "alle functies",
        ShiftsBefore = "Diensten voor",
        ShiftsAfter = "Diensten na",
        ShareBefore = "Aandeel voor",
        ShareAfter = "Aandeel na",
        Difference = "Verschil (na − voor)",
        WelchCi = "95%-BI (Welch)",
        BootstrapCi = "95%-BI (bootstrap)",
        MinutesSaved = "Minuten bespaard per fte-week",
        Suppressed = "onderdrukt",
        SuppressedNote = "Een groep met minder dan {0} diensten in een van beide perioden wordt niet getoond (kleine aantallen zijn herleidbaar tot personen).",
        Method = "Methode",
        MethodText = "Per dienst: aandeel = administratieminuten / gewerkte minuten. Per periode het gemiddelde over de diensten; verschil = na − voor (negatief: minder administratie). Betrouwbaarheidsinterval volgens Welch (ongelijke varianties, vrijheidsgraden volgens Welch–Satterthwaite, Student-t). Bootstrap: diensten binnen elke periode apart opnieuw getrokken, percentielen 2,5 en 97,5. Minuten bespaard per fte-week = −verschil × {0} uur × 60.",
        Rejected = "Afgewezen rijen",
        Criteria = "Acceptatiecriteria",
        Criterion = "Criterium",
        Actual = "Gemeten",
        Outcome = "Uitkomst",
        Met = "voldaan",
        NotMet = "niet voldaan",
        Provenance = "Herkomst",
        Protocol = "Protocol",
        NoProtocol = "geen",
        InputFile = "Invoerbestand",
        RowsRead = "Rijen gelezen",
        RowsUsed = "Rijen gebruikt",
        RowsRejected = "Rijen afgewezen",
        Bootstrap = "Bootstrap-herhalingen",
        WeekHours = "Uren per fte-week",
        StartedAt = "Berekend op",
        EngineVersion = "Versie rekenkern",
        Footer = "Gemaakt door baken validate-time. Het resultaatbestand bevat alleen totalen per groep; dit rapport noemt ook afgewezen rijen en blijft binnen de organisatie.",
    };

    private static readonly TimeStudyReportText English = Dutch with
    {
        Lang = "en",
        Title = "Administrative time study: before and after",
        Intro = "The share of working time spent on administration, measured per shift before and after the AI application was introduced.",
        Results = "Results",
        Scope = "Group",
        Overall = "all roles",
        ShiftsBefore = "Shifts before",
        ShiftsAfter = "Shifts after",
        ShareBefore = "Share before",
        ShareAfter = "Share after",
        Difference = "Difference (after − before)",
        WelchCi = "95% CI (Welch)",
        BootstrapCi = "95% CI (bootstrap)",
        MinutesSaved = "Minutes saved per FTE-week",
        Suppressed = "suppressed",
        SuppressedNote = "A group with fewer than {0} shifts in either period is not shown (small numbers can identify people).",
        Method = "Method",
        MethodText = "Per shift: share = admin minutes / worked minutes. Per period the mean over the shifts; difference = after − before (negative: less administration). Welch confidence interval (unequal variances, Welch–Satterthwaite degrees of freedom, Student t). Bootstrap: shifts resampled within each period separately, 2.5th and 97.5th percentiles. Minutes saved per FTE-week = −difference × {0} hours × 60.",
        Rejected = "Rejected rows",
        Criteria = "Acceptance criteria",
        Criterion = "Criterion",
        Actual = "Measured",
        Outcome = "Outcome",
        Met = "met",
        NotMet = "not met",
        Provenance = "Provenance",
        NoProtocol = "none",
        InputFile = "Input file",
        RowsRead = "Rows read",
        RowsUsed = "Rows used",
        RowsRejected = "Rows rejected",
        Bootstrap = "Bootstrap replicates",
        WeekHours = "Hours per FTE-week",
        StartedAt = "Computed at",
        EngineVersion = "Engine version",
        Footer = "Made by baken validate-time. The result file holds totals per group only; this report also lists rejected rows and stays inside the organisation.",
    };
}
