using Baken.Core.Register;

namespace Baken.Demo;

/// <summary>
/// A kind of AI application that fictitious makers build. The weights shape the generated register
/// after the Dutch picture in the sources: administration and diagnostics most, then monitoring.
/// </summary>
internal sealed record ProductTopic(
    string Noun,
    ApplicationArea Area,
    AiTask ClassicTask,
    double GenerativeShare,
    bool MedicalDevice,
    CareSector[] Sectors,
    InteroperabilityStandard[] Standards,
    string Dutch,
    string English,
    string Users,
    string? Population,
    double Weight);

internal static class ProductTopics
{
    private const CareSector Umc = CareSector.Umc;
    private const CareSector Hospital = CareSector.Hospital;
    private const CareSector Ggz = CareSector.MentalHealth;
    private const CareSector Gp = CareSector.GeneralPractice;
    private const CareSector Vvt = CareSector.NursingHomeCare;
    private const CareSector Ghz = CareSector.DisabilityCare;
    private const CareSector Wmo = CareSector.SocialWork;
    private const CareSector Youth = CareSector.YouthCare;
    private const InteroperabilityStandard Dicom = InteroperabilityStandard.Dicom;
    private const InteroperabilityStandard Fhir = InteroperabilityStandard.Fhir;
    private const InteroperabilityStandard Hl7 = InteroperabilityStandard.Hl7V2;

    public static readonly IReadOnlyList<ProductTopic> All =
    [
        // Administrative: the programme's priorities (speech-driven reporting, capacity planning) weigh most.
        new("Spraakrapportage", ApplicationArea.Administrative, AiTask.Other, 0.9, false, [Vvt, Ghz, Ggz, Youth], [Fhir],
            "Zet ingesproken tekst om in een rapportage voor het dossier.", "Turns dictated speech into a report for the care record.",
            "Zorgmedewerkers", null, 9),
        new("Consultverslag", ApplicationArea.Administrative, AiTask.Other, 0.95, false, [Hospital, Umc, Gp, Ggz], [Fhir],
            "Luistert mee met het gesprek en maakt een concept-verslag van het consult.", "Listens to the consultation and drafts a note.",
            "Artsen en behandelaars", "Patiënten op het spreekuur", 8),
        new("Ontslagbrief", ApplicationArea.Administrative, AiTask.Other, 0.9, false, [Hospital, Umc], [Fhir, Hl7],
            "Maakt een concept-ontslagbrief op basis van het dossier.", "Drafts discharge letters from the record.",
            "Arts-assistenten en medisch specialisten", "Opgenomen patiënten", 5),
        new("Portaalassistent", ApplicationArea.Administrative, AiTask.Other, 0.9, false, [Hospital, Umc, Gp], [Fhir],
            "Stelt een concept-antwoord voor op vragen in het patiëntportaal.", "Suggests draft replies to patient-portal messages.",
            "Zorgverleners", "Patiënten die het portaal gebruiken", 4),
        new("Verwijssamenvatting", ApplicationArea.Administrative, AiTask.Other, 0.85, false, [Hospital, Ggz, Gp], [Fhir],
            "Vat verwijsbrieven en meegestuurde gegevens samen.", "Summarises referral letters and attached records.",
            "Medisch specialisten en triagisten", null, 3),
        new("Rooster", ApplicationArea.Administrative, AiTask.Planning, 0.05, false, [Vvt, Ghz, Hospital], [],
            "Maakt een rooster dat rekening houdt met zorgvraag, beschikbaarheid en regels voor werktijden.",
            "Builds staff rosters from care demand, availability and working-time rules.", "Planners", null, 6),
        new("Routeplanner", ApplicationArea.Administrative, AiTask.Planning, 0.02, false, [Vvt], [],
            "Plant de routes van wijkverpleegkundigen langs cliënten.", "Plans district-nursing routes.",
            "Planners in de wijkverpleging", "Cliënten van de wijkverpleging", 3),
        new("Beddenprognose", ApplicationArea.Administrative, AiTask.Classification, 0.02, false, [Hospital, Umc], [Hl7],
            "Voorspelt hoeveel bedden de komende dagen nodig zijn.", "Forecasts bed occupancy for the coming days.",
            "Capaciteitsplanners", null, 3),
        new("No-showvoorspeller", ApplicationArea.Administrative, AiTask.Classification, 0.02, false, [Hospital, Ggz], [],
            "Voorspelt welke afspraken mogelijk niet doorgaan.", "Predicts which appointments are likely to be missed.",
            "Planners en poli-assistenten", null, 2),
        new("Codeerhulp", ApplicationArea.Administrative, AiTask.Classification, 0.3, false, [Hospital, Umc], [InteroperabilityStandard.SnomedCt],
            "Stelt diagnose- en verrichtingscodes voor op basis van het dossier.", "Suggests diagnosis and procedure codes from the record.",
            "Codeurs en zorgadministratie", null, 2),
        new("Aanvraagbeoordeling", ApplicationArea.Administrative, AiTask.Classification, 0.1, false, [Wmo, Youth], [],
            "Helpt bij het beoordelen van aanvragen voor zorg of ondersteuning. Een medewerker neemt het besluit.",
            "Supports the assessment of applications for care or support; a caseworker decides.", "Consulenten", "Aanvragers van zorg of ondersteuning", 1),

        // Diagnostics and prognosis: mostly medical devices under MDR Rule 11.
        new("Longnodule CT", ApplicationArea.Diagnostics, AiTask.Classification, 0.02, true, [Hospital, Umc], [Dicom],
            "Markeert longnodules op CT-scans voor de radioloog.", "Flags lung nodules on CT for the radiologist.",
            "Radiologen", "Volwassenen bij wie een CT van de borstkas wordt gemaakt", 4),
        new("Fractuurdetectie", ApplicationArea.Diagnostics, AiTask.Classification, 0.02, true, [Hospital, Umc], [Dicom],
            "Wijst mogelijke botbreuken aan op röntgenfoto's.", "Highlights possible fractures on X-rays.",
            "Radiologen en SEH-artsen", "Patiënten met letsel op de Spoedeisende Hulp", 4),
        new("Mammografie", ApplicationArea.Diagnostics, AiTask.Classification, 0.02, true, [Hospital, Umc], [Dicom],
            "Geeft een tweede beoordeling van mammogrammen.", "Gives a second read of mammograms.",
            "Radiologen en screeningslaboranten", "Vrouwen in het bevolkingsonderzoek of met klachten", 3),
        new("Huidcheck", ApplicationArea.Diagnostics, AiTask.Classification, 0.05, true, [Gp, Hospital], [],
            "Beoordeelt foto's van huidplekjes en geeft aan welke verdacht zijn.", "Assesses photos of skin lesions and flags suspicious ones.",
            "Huisartsen en dermatologen", "Mensen met een huidplekje", 3),
        new("Retinascreening", ApplicationArea.Diagnostics, AiTask.Classification, 0.02, true, [Gp, Hospital], [Dicom],
            "Zoekt naar diabetische oogschade op foto's van het netvlies.", "Screens retinal photos for diabetic retinopathy.",
            "Huisartsen, optometristen en oogartsen", "Mensen met diabetes", 3),
        new("Hersensegmentatie", ApplicationArea.Diagnostics, AiTask.Segmentation, 0.02, true, [Umc, Hospital], [Dicom],
            "Meet hersenstructuren en afwijkingen op MRI-scans.", "Segments brain structures and lesions on MRI.",
            "Radiologen en neurologen", "Patiënten met een MRI van de hersenen", 3),
        new("Pathologieanalyse", ApplicationArea.Diagnostics, AiTask.Segmentation, 0.03, true, [Umc, Hospital], [Dicom],
            "Analyseert digitale coupes en telt cellen of kleuringen.", "Analyses digital slides and quantifies cells and stains.",
            "Pathologen", "Patiënten van wie weefsel wordt onderzocht", 3),
        new("ECG-ritme", ApplicationArea.Diagnostics, AiTask.Classification, 0.02, true, [Gp, Hospital, Umc], [Hl7],
            "Herkent ritmestoornissen zoals boezemfibrilleren in een ECG.", "Detects arrhythmias such as atrial fibrillation in ECGs.",
            "Huisartsen en cardiologen", "Volwassenen bij wie een ECG wordt gemaakt", 3),
        new("Sepsiswaarschuwing", ApplicationArea.Diagnostics, AiTask.Classification, 0.02, true, [Hospital, Umc], [Hl7, Fhir],
            "Waarschuwt vroeg als een opgenomen patiënt mogelijk sepsis krijgt.", "Gives early warning of possible sepsis in admitted patients.",
            "Verpleegkundigen en artsen", "Opgenomen volwassen patiënten", 3),
        new("Triage SEH", ApplicationArea.Diagnostics, AiTask.Classification, 0.1, true, [Hospital, Gp], [Fhir],
            "Helpt bij het bepalen van de urgentie van patiënten op de Spoedeisende Hulp of huisartsenpost.",
            "Supports urgency triage at the emergency department or GP out-of-hours service.", "Triagisten", "Patiënten met acute klachten", 2),

        // Prevention, monitoring and personalised support.
        new("Valrisico", ApplicationArea.PreventionMonitoringSupport, AiTask.Classification, 0.02, true, [Vvt, Ghz], [],
            "Schat het risico dat een cliënt valt, zodat het team op tijd maatregelen neemt.", "Estimates a client's fall risk so the team can act early.",
            "Zorgmedewerkers", "Ouderen in de thuiszorg of het verpleeghuis", 3),
        new("Hartfalenmonitor", ApplicationArea.PreventionMonitoringSupport, AiTask.Classification, 0.02, true, [Hospital, Umc], [Fhir],
            "Volgt thuismetingen bij hartfalen en waarschuwt bij verslechtering.", "Monitors home measurements in heart failure and warns of deterioration.",
            "Hartfalenverpleegkundigen en cardiologen", "Mensen met hartfalen", 3),
        new("Leefstijlcoach", ApplicationArea.PreventionMonitoringSupport, AiTask.Other, 0.7, false, [Gp], [],
            "Chatbot die mensen helpt met gezonder leven. Het is een chatbot, geen zorgverlener.",
            "Chatbot that coaches people towards a healthier lifestyle and says it is a chatbot.", "Inwoners en patiënten", "Volwassenen met leefstijlvragen", 2),
        new("Nachtmonitoring", ApplicationArea.PreventionMonitoringSupport, AiTask.Classification, 0.02, true, [Ghz, Vvt], [],
            "Signaleert 's nachts onrust of een aanval met sensoren, zodat de nachtdienst gericht kan gaan kijken.",
            "Uses sensors to detect unrest or seizures at night so night staff can respond.", "Nachtdienst", "Cliënten in de gehandicaptenzorg of ouderenzorg", 2),
        new("Terugvalsignalering", ApplicationArea.PreventionMonitoringSupport, AiTask.Classification, 0.1, true, [Ggz], [],
            "Signaleert vroeg tekenen van terugval bij psychische klachten.", "Detects early signs of relapse in mental-health care.",
            "Behandelaars in de ggz", "Cliënten in de ggz", 2),
        new("Decubitusrisico", ApplicationArea.PreventionMonitoringSupport, AiTask.Classification, 0.02, false, [Vvt, Hospital], [],
            "Schat de kans op doorliggen (decubitus) in.", "Estimates the risk of pressure ulcers.",
            "Verpleegkundigen en verzorgenden", "Cliënten en patiënten die veel liggen", 1),

        // Precision medicine, drug development, education and research.
        new("Doseeradvies", ApplicationArea.PrecisionMedicine, AiTask.Classification, 0.03, true, [Hospital, Umc], [Fhir],
            "Geeft een advies over de dosis van een geneesmiddel voor deze patiënt.", "Recommends individual drug dosing.",
            "Ziekenhuisapothekers en artsen", "Patiënten die het geneesmiddel krijgen", 2),
        new("Behandelkeuze oncologie", ApplicationArea.PrecisionMedicine, AiTask.Classification, 0.15, true, [Umc, Hospital], [Fhir],
            "Laat zien welke behandelingen bij vergelijkbare patiënten het best werkten.", "Shows which treatments worked best for similar patients.",
            "Oncologen", "Mensen met kanker", 2),
        new("Studieselectie", ApplicationArea.DrugDevelopment, AiTask.Classification, 0.4, false, [Umc], [Fhir],
            "Zoekt in dossiers naar patiënten die mogelijk mee kunnen doen aan een klinische studie.",
            "Finds patients who may be eligible for clinical trials.", "Onderzoekers en studiecoördinatoren", null, 1),
        new("Bijwerkingensignalering", ApplicationArea.DrugDevelopment, AiTask.Classification, 0.4, false, [Umc, Hospital], [],
            "Zoekt in dossierteksten naar mogelijke bijwerkingen van geneesmiddelen.", "Detects possible adverse drug reactions in clinical notes.",
            "Apothekers en onderzoekers", null, 1),
        new("Oefenpatiënt", ApplicationArea.Education, AiTask.Other, 0.9, false, [Umc, Hospital, Vvt], [],
            "Laat studenten en zorgverleners gesprekken oefenen met een virtuele patiënt.", "Lets students practise conversations with a virtual patient.",
            "Studenten en zorgverleners in opleiding", null, 2),
        new("Cohortzoeker", ApplicationArea.Research, AiTask.Classification, 0.5, false, [Umc], [Fhir],
            "Helpt onderzoekers om groepen patiënten te vinden in dossiers.", "Helps researchers find patient cohorts in records.",
            "Onderzoekers", null, 2),
        new("Beeldannotatie", ApplicationArea.Research, AiTask.Segmentation, 0.05, false, [Umc], [Dicom],
            "Maakt voorlopige intekeningen op beelden voor onderzoek.", "Produces draft annotations of images for research.",
            "Onderzoekers", null, 1),
    ];
}
