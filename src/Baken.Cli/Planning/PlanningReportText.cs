namespace Baken.Cli.Planning;

/// <summary>
/// The words of the planning reports, Dutch by default as the other reports. Rule and cost-line names
/// of the problems (missing_service, "Minimal coverage constraints") stay as the sources name them, so
/// that a reader can look them up; the sentences around them are translated.
/// </summary>
internal sealed record PlanningReportText
{
    public required string Lang { get; init; }
    public required string HhcrspTitle { get; init; }
    public required string HhcrspIntro { get; init; }
    public required string Inrc2Title { get; init; }
    public required string Inrc2Intro { get; init; }
    public required string LocalOnly { get; init; }
    public required string Feasible { get; init; }
    public required string Infeasible { get; init; }
    public required string Figures { get; init; }
    public required string Figure { get; init; }
    public required string Plan { get; init; }
    public required string Baseline { get; init; }
    public required string Difference { get; init; }
    public required string Better { get; init; }
    public required string BetterPlan { get; init; }
    public required string BetterBaseline { get; init; }
    public required string Equal { get; init; }
    public required string Violations { get; init; }
    public required string WorstFirst { get; init; }
    public required string NoViolations { get; init; }
    public required string Rule { get; init; }
    public required string Patient { get; init; }
    public required string Service { get; init; }
    public required string Caregiver { get; init; }
    public required string Details { get; init; }
    public required string PlanLine { get; init; }
    public required string Timeline { get; init; }
    public required string TimelineNote { get; init; }
    public required string PerCaregiver { get; init; }
    public required string Visits { get; init; }
    public required string Travel { get; init; }
    public required string Return { get; init; }
    public required string Waiting { get; init; }
    public required string Overtime { get; init; }
    public required string HardConstraints { get; init; }
    public required string CostLines { get; init; }
    public required string Coverage { get; init; }
    public required string Skill { get; init; }
    public required string RequiredPlaces { get; init; }
    public required string OptionalPlaces { get; init; }
    public required string Roster { get; init; }
    public required string RosterNote { get; init; }
    public required string Nurse { get; init; }
    public required string Short { get; init; }
    public required string Week { get; init; }
    public required string PerNurse { get; init; }
    public required string Contract { get; init; }
    public required string Assignments { get; init; }
    public required string Total { get; init; }
    public required string WorkingTime { get; init; }
    public required string WorkingTimeNote { get; init; }
    public required string Article { get; init; }
    public required string Judged { get; init; }
    public required string People { get; init; }
    public required string Person { get; init; }
    public required string Provenance { get; init; }
    public required string InputFiles { get; init; }
    public required string EngineVersion { get; init; }
    public required string StartedAt { get; init; }
    public required string Footer { get; init; }
    public required string TardyServices { get; init; }
    public required string ServicesCovered { get; init; }
    public required string PatientsServed { get; init; }
    public required string TravelPerVisit { get; init; }
    public required string CaregiversPerPatient { get; init; }
    public required string HardViolations { get; init; }
    public required string RequiredCoverage { get; init; }
    public required string OptionalCoverage { get; init; }
    public required string RequestsHonoured { get; init; }
    public required string AboveContractMaximum { get; init; }

    public static PlanningReportText For(string language) => language == "en" ? English : Dutch;

    private static readonly PlanningReportText Dutch = new()
    {
        Lang = "nl",
        HhcrspTitle = "Controle van een planning: thuiszorgroutes (HHCRSP)",
        HhcrspIntro = "Een planning van bezoeken en routes, gecontroleerd tegen het model van Mankowska, Meisel & Bierwirth (2014): elke harde regel die geschonden wordt staat hieronder als overtreding, de doelfunctie (D + T + Tmax)/3 is berekend uit de tijden in de planning zelf.",
        Inrc2Title = "Controle van een rooster: verpleegkundigen (INRC-II)",
        Inrc2Intro = "Een rooster over meerdere weken, gecontroleerd met de regels van de Second International Nurse Rostering Competition, geteld zoals de officiële validator telt (harde regels apart, kosten per regel gewogen).",
        LocalOnly = "Dit rapport noemt patiënten, medewerkers en verpleegkundigen en blijft binnen de organisatie. Alleen de geaggregeerde cijfers van het resultaatbestand kunnen met baken submit gedeeld worden.",
        Feasible = "Uitvoerbaar: de planning voldoet aan elke harde regel.",
        Infeasible = "Niet uitvoerbaar: {0} overtreding(en) van harde regels.",
        Figures = "Cijfers",
        Figure = "Cijfer",
        Plan = "Planning",
        Baseline = "Vergelijkingsplanning",
        Difference = "Planning − vergelijking",
        Better = "Beter",
        BetterPlan = "planning",
        BetterBaseline = "vergelijking",
        Equal = "gelijk",
        Violations = "Overtredingen",
        WorstFirst = "Ergste eerst: zorg die niet gegeven wordt en zorg door onbevoegden vóór tijdsfouten.",
        NoViolations = "Geen overtredingen.",
        Rule = "Regel",
        Patient = "Patiënt",
        Service = "Zorgtaak",
        Caregiver = "Medewerker",
        Details = "Toelichting",
        PlanLine = "Regel in planning",
        Timeline = "Tijdlijn per medewerker",
        TimelineNote = "Grijze lijn: reizen; stippellijn: wachten; blok: zorgtaak (nummer = patiënt); rood: betrokken bij een overtreding; oranje rand: te laat; verticale stippellijn: einde werkdag.",
        PerCaregiver = "Per medewerker",
        Visits = "Bezoeken",
        Travel = "Reistijd",
        Return = "Terug op basis",
        Waiting = "Wachttijd",
        Overtime = "Overwerk",
        HardConstraints = "Harde regels (officiële validator)",
        CostLines = "Kosten per regel (gewogen, zoals de validator ze geeft)",
        Coverage = "Bezetting per deskundigheid",
        Skill = "Deskundigheid",
        RequiredPlaces = "Minimale plaatsen bezet",
        OptionalPlaces = "Plaatsen tot optimum bezet",
        Roster = "Rooster",
        RosterNote = "Letter = dienst; rood omrand: betrokken bij een harde overtreding; onderstreept: tegen een vrij-verzoek in; onderste rij: verpleegkundigen tekort onder het minimum.",
        Nurse = "Verpleegkundige",
        Short = "Tekort",
        Week = "Week",
        PerNurse = "Kosten per verpleegkundige (hoogste eerst)",
        Contract = "Contract",
        Assignments = "Diensten",
        Total = "Totaal",
        WorkingTime = "Arbeidstijden (apart van de regels van het planningsprobleem)",
        WorkingTimeNote = "Samenvatting van de Arbeidstijdenwet door Baken, nog te controleren; cao-afspraken zijn niet meegenomen.",
        Article = "Artikel",
        Judged = "Beoordeeld",
        People = "Personen",
        Person = "Persoon",
        Provenance = "Herkomst",
        InputFiles = "Invoerbestanden",
        EngineVersion = "Engine-versie",
        StartedAt = "Gestart",
        Footer = "Gemaakt door baken validate-planning. Zelfstandig bestand: geen scripts, geen externe bronnen.",
        TardyServices = "Te late zorgtaken",
        ServicesCovered = "Zorgtaken ingepland",
        PatientsServed = "Patiënten volledig geholpen",
        TravelPerVisit = "Reistijd per bezoek",
        CaregiversPerPatient = "Medewerkers per patiënt (gemiddeld)",
        HardViolations = "Overtredingen van harde regels",
        RequiredCoverage = "Minimale bezetting (aandeel)",
        OptionalCoverage = "Bezetting tot optimum (aandeel)",
        RequestsHonoured = "Vrij-verzoeken gehonoreerd",
        AboveContractMaximum = "Diensten boven contractmaximum",
    };

    private static readonly PlanningReportText English = new()
    {
        Lang = "en",
        HhcrspTitle = "Plan check: home-care routes (HHCRSP)",
        HhcrspIntro = "A plan of visits and routes, checked against the model of Mankowska, Meisel & Bierwirth (2014): every hard rule broken is listed below as a violation; the objective (D + T + Tmax)/3 is computed from the plan's own times.",
        Inrc2Title = "Roster check: nurses (INRC-II)",
        Inrc2Intro = "A multi-week roster, checked with the rules of the Second International Nurse Rostering Competition and counted as the official validator counts (hard rules apart, costs per rule weighted).",
        LocalOnly = "This report names patients, staff and nurses and stays inside the organisation. Only the aggregate figures of the result file can be shared with baken submit.",
        Feasible = "Feasible: the plan meets every hard rule.",
        Infeasible = "Infeasible: {0} hard-rule violation(s).",
        Figures = "Figures",
        Figure = "Figure",
        Plan = "Plan",
        Baseline = "Baseline",
        Difference = "Plan − baseline",
        Better = "Better",
        BetterPlan = "plan",
        BetterBaseline = "baseline",
        Equal = "equal",
        Violations = "Violations",
        WorstFirst = "Worst first: care not given and care by the unqualified before timing faults.",
        NoViolations = "No violations.",
        Rule = "Rule",
        Patient = "Patient",
        Service = "Service",
        Caregiver = "Caregiver",
        Details = "Details",
        PlanLine = "Plan line",
        Timeline = "Timeline per caregiver",
        TimelineNote = "Grey line: travel; dotted line: waiting; block: service (number = patient); red: part of a violation; orange border: tardy; vertical dotted line: end of the working day.",
        PerCaregiver = "Per caregiver",
        Visits = "Visits",
        Travel = "Travel",
        Return = "Back at depot",
        Waiting = "Waiting",
        Overtime = "Overtime",
        HardConstraints = "Hard constraints (official validator)",
        CostLines = "Cost per constraint type (weighted, as the validator prints them)",
        Coverage = "Coverage per skill",
        Skill = "Skill",
        RequiredPlaces = "Minimum places covered",
        OptionalPlaces = "Places up to optimum covered",
        Roster = "Roster",
        RosterNote = "Letter = shift; red border: part of a hard violation; underlined: against a shift-off request; bottom row: nurses missing below the minimum.",
        Nurse = "Nurse",
        Short = "Short",
        Week = "Week",
        PerNurse = "Cost per nurse (highest first)",
        Contract = "Contract",
        Assignments = "Assignments",
        Total = "Total",
        WorkingTime = "Working time (apart from the planning problem's rules)",
        WorkingTimeNote = "Baken's summary of the Dutch Arbeidstijdenwet, to be checked; collective agreements are not taken into account.",
        Article = "Article",
        Judged = "Judged",
        People = "People",
        Person = "Person",
        Provenance = "Provenance",
        InputFiles = "Input files",
        EngineVersion = "Engine version",
        StartedAt = "Started",
        Footer = "Made by baken validate-planning. Self-contained file: no scripts, no external resources.",
        TardyServices = "Tardy services",
        ServicesCovered = "Services covered",
        PatientsServed = "Patients fully served",
        TravelPerVisit = "Travel per visit",
        CaregiversPerPatient = "Caregivers per patient (mean)",
        HardViolations = "Hard violations",
        RequiredCoverage = "Required coverage (share)",
        OptionalCoverage = "Optional coverage (share)",
        RequestsHonoured = "Shift-off requests honoured",
        AboveContractMaximum = "Assignments above contract maximum",
    };
}
