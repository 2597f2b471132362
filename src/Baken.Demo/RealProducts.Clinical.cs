using Baken.Core.Register;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;

namespace Baken.Demo;

/// <summary>Real examples for diagnosis, prognosis and monitoring.</summary>
internal static partial class RealProducts
{
    private static readonly RealProduct[] Clinical =
    [
        new("quantib", new ProductContent
        {
            Name = "Quantib Prostate",
            Slug = "quantib-prostate",
            ShortDescription = "Software die radiologen helpt bij het beoordelen van MRI-scans van de prostaat. "
                + "De radioloog stelt zelf de diagnose. CE-klasse niet geverifieerd.",
            EnglishSummary = "Software that supports radiologists in reading prostate MRI. Named as an example in the 2022 letter to "
                + "parliament on valuable AI for health. CE class not verified.",
            IntendedUse = "Ondersteuning bij het beoordelen van MRI-scans van de prostaat.",
            IntendedUsers = "Radiologen.",
            PatientPopulation = "Mannen bij wie een MRI-scan van de prostaat wordt gemaakt.",
            ApplicationArea = ApplicationArea.Diagnostics,
            Sectors = [CareSector.Hospital, CareSector.Umc],
            AiKind = AiKind.Classic,
            Task = AiTask.Other,
            Phase = LifecyclePhase.Implementation,
            Standards = [InteroperabilityStandard.Dicom],
            TransparencyLimitations = Limitations("CE-klasse, certificaat en studieresultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes, []),

        new("monitair", new ProductContent
        {
            Name = "MonitAir",
            Slug = "monitair",
            ShortDescription = "Zelftest die mensen met COPD helpt om een longaanval op tijd te zien aankomen. "
                + "Status en CE-klasse niet geverifieerd.",
            EnglishSummary = "Self-test that predicts lung attacks in people with COPD. Named as an example in the 2022 letter to "
                + "parliament. Status and class not verified.",
            IntendedUse = "Een longaanval bij COPD vroeg voorspellen met een zelftest.",
            IntendedUsers = "Mensen met COPD en hun zorgverleners.",
            PatientPopulation = "Mensen met COPD.",
            ApplicationArea = ApplicationArea.PreventionMonitoringSupport,
            Sectors = [CareSector.GeneralPractice, CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Classification,
            Phase = LifecyclePhase.Validation,
            TransparencyLimitations = Limitations("Fase, CE-klasse en studieresultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes, []),

        new("pacmed", new ProductContent
        {
            Name = "Pacmed Critical",
            Slug = "pacmed-critical",
            ShortDescription = "Berekent bij ontslag van de intensive care (IC) hoe groot de kans is dat een patiënt terug moet naar de IC. "
                + "Dit helpt artsen bij de beslissing over ontslag. CE-klasse niet geverifieerd.",
            EnglishSummary = "Predicts the risk of ICU readmission at discharge to support the discharge decision. Used at Amsterdam UMC, "
                + "OLVG, Maasstad, Catharina and LUMC according to public reporting. Class not verified.",
            IntendedUse = "Het risico op heropname op de IC voorspellen op het moment van ontslag.",
            IntendedUsers = "Intensivisten en IC-verpleegkundigen.",
            PatientPopulation = "Volwassen patiënten die van de IC worden ontslagen.",
            ApplicationArea = ApplicationArea.Diagnostics,
            Sectors = [CareSector.Umc, CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Classification,
            Phase = LifecyclePhase.Implementation,
            TransparencyLimitations = Limitations("CE-klasse, certificaat en studieresultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("amsterdam-umc", DeploymentStatus.InUse, null, "Volgens openbare berichtgeving; startdatum niet bekend."),
            new("olvg", DeploymentStatus.InUse, null, "Volgens openbare berichtgeving; startdatum niet bekend."),
            new("maasstad-ziekenhuis", DeploymentStatus.InUse, null, "Volgens openbare berichtgeving; startdatum niet bekend."),
            new("catharina-ziekenhuis", DeploymentStatus.InUse, null, "Volgens openbare berichtgeving; startdatum niet bekend."),
            new("lumc", DeploymentStatus.InUse, null, "Volgens openbare berichtgeving; startdatum niet bekend."),
        ]),

        new("maastricht-umc", new ProductContent
        {
            Name = "SPEAK-app",
            Slug = "speak-app",
            ShortDescription = "App die aan de stem van mensen met COPD hoort of er een longaanval aankomt. Ontwikkeld door Maastricht UMC+. "
                + "Status en CE-klasse niet geverifieerd.",
            EnglishSummary = "App from Maastricht UMC+ that detects COPD lung attacks from the patient's voice. Status and class not verified.",
            IntendedUse = "Een longaanval bij COPD herkennen aan veranderingen in de stem.",
            IntendedUsers = "Mensen met COPD en hun zorgverleners.",
            PatientPopulation = "Mensen met COPD.",
            ApplicationArea = ApplicationArea.PreventionMonitoringSupport,
            Sectors = [CareSector.Umc],
            AiKind = AiKind.Classic,
            Task = AiTask.Classification,
            Phase = LifecyclePhase.Development,
            TransparencyLimitations = Limitations("Fase, CE-klasse en studieresultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes, []),

        new("orikami", new ProductContent
        {
            Name = "MS sherpa",
            Slug = "ms-sherpa",
            ShortDescription = "Smartphone-app waarmee mensen met multiple sclerose (MS) en hun zorgverlener het verloop van de ziekte volgen. "
                + "CE-gecertificeerd; klasse niet geverifieerd.",
            EnglishSummary = "CE-certified smartphone monitoring for people with multiple sclerosis; subject of the 2022 early health "
                + "technology assessment in the Dutch programme on valuable AI for health. Class not verified.",
            IntendedUse = "Het verloop van multiple sclerose volgen met een smartphone.",
            IntendedUsers = "Mensen met MS en hun neuroloog.",
            PatientPopulation = "Mensen met multiple sclerose.",
            ApplicationArea = ApplicationArea.PreventionMonitoringSupport,
            Sectors = [CareSector.Hospital, CareSector.Umc],
            AiKind = AiKind.Classic,
            Task = AiTask.Other,
            Phase = LifecyclePhase.Implementation,

            // DOMAIN.md states "CE-certified" only; the regime is recorded as MDR without a class.
            Certifications = [new Certification(Regime.Mdr, null, null, null, null)],

            // The early HTA exists (2022 letter); its outcome is not stated, so only the study is listed.
            Evidence =
            [
                new EvidenceItem(
                    Kind: EvidenceKind.Study,
                    Title: "Early HTA van MS sherpa bij multiple sclerose (programma Waardevolle AI voor gezondheid)",
                    Level: (int)EfficacyLevel.SocietalEfficacy,
                    Reference: "Kamerbrief 'Waardevolle AI voor gezondheid', 2022",
                    Year: 2022),
            ],
            TransparencyLimitations = Limitations(
                "CE-certificering volgens openbare bronnen; regime en klasse niet geverifieerd. De uitkomst van de early HTA staat hier niet vermeld."),
        }, UnknownVersion, UnknownVersionNotes, []),

        new("universiteit-twente", new ProductContent
        {
            Name = "EEG-annotatie bij epilepsie",
            Slug = "eeg-annotatie-epilepsie",
            ShortDescription = "Deep-learningmodel dat in EEG-registraties verdachte gebeurtenissen markeert. Zo ziet de beoordelaar sneller "
                + "waar het om gaat. Onderzoek van MST en Universiteit Twente.",
            EnglishSummary = "Deep-learning model that annotates suspicious events in EEG recordings for epilepsy; research by Medisch "
                + "Spectrum Twente and the University of Twente.",
            IntendedUse = "Verdachte gebeurtenissen in EEG-registraties markeren voor de beoordelaar.",
            IntendedUsers = "Klinisch neurofysiologen en EEG-laboranten.",
            PatientPopulation = "Mensen bij wie een EEG wordt gemaakt vanwege (verdenking op) epilepsie.",
            ApplicationArea = ApplicationArea.Diagnostics,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Classification,
            Phase = LifecyclePhase.Development,
            TransparencyLimitations = Limitations("Onderzoek; fase, CE-status en resultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("medisch-spectrum-twente", DeploymentStatus.InDevelopment, null, "Onderzoekssamenwerking; klinisch gebruik niet geverifieerd."),
        ]),

        new("amsterdam-umc", new ProductContent
        {
            Name = "Beoordeling van nierbiopten na transplantatie",
            Slug = "nierbiopten-na-transplantatie",
            ShortDescription = "Onderzoek naar AI die helpt bij het beoordelen van biopten (kleine stukjes weefsel) na een niertransplantatie, "
                + "zodat dit minder tijd kost. Onderzoek van Amsterdam UMC.",
            EnglishSummary = "Research at Amsterdam UMC on AI that reduces the time needed to assess kidney-transplant biopsies.",
            IntendedUse = "Ondersteuning bij het beoordelen van biopten na een niertransplantatie.",
            IntendedUsers = "Pathologen.",
            PatientPopulation = "Mensen met een niertransplantaat bij wie een biopt wordt genomen.",
            ApplicationArea = ApplicationArea.Diagnostics,
            Sectors = [CareSector.Umc],
            AiKind = AiKind.Classic,
            Task = AiTask.Other,
            Phase = LifecyclePhase.Development,
            TransparencyLimitations = Limitations("Onderzoek; fase en resultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes, []),

        new("amsterdam-umc", new ProductContent
        {
            Name = "Gestandaardiseerde beoordeling van MRI in de neuroradiologie",
            Slug = "neuroradiologie-mri-beoordeling",
            ShortDescription = "AI die helpt om MRI-beelden in de neuroradiologie sneller en op een vaste manier te beoordelen. "
                + "Gepresenteerd bij Amsterdam UMC; maker en status niet geverifieerd.",
            EnglishSummary = "AI for faster, more standardised reading of neuroradiology MRI, presented at Amsterdam UMC. Maker and status not verified.",
            IntendedUse = "Ondersteuning bij het beoordelen van MRI-beelden in de neuroradiologie.",
            IntendedUsers = "Neuroradiologen.",
            ApplicationArea = ApplicationArea.Diagnostics,
            Sectors = [CareSector.Umc],
            AiKind = AiKind.Classic,
            Task = AiTask.Other,
            Phase = LifecyclePhase.Development,
            Standards = [InteroperabilityStandard.Dicom],
            TransparencyLimitations = Limitations("Maker, fase en CE-status niet geverifieerd; Amsterdam UMC staat hier als maker."),
        }, UnknownVersion, UnknownVersionNotes, []),
    ];
}
