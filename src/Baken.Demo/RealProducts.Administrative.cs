using Baken.Core.Register;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;

namespace Baken.Demo;

/// <summary>Real examples that take administrative work off care workers.</summary>
internal static partial class RealProducts
{
    private static readonly RealProduct[] Administrative =
    [
        new("epic-systems", new ProductContent
        {
            Name = "Conceptantwoorden op vragen in het patiëntportaal",
            Slug = "conceptantwoorden-patientportaal",
            ShortDescription = "Maakt met generatieve AI (GPT-4) een concept-antwoord op een vraag die een patiënt via het patiëntportaal stelt. "
                + "Een zorgverlener leest het concept, past het aan en verstuurt het zelf. Alleen voor routinevragen.",
            EnglishSummary = "Drafts replies to patient-portal messages with GPT-4 inside the Epic EHR. A clinician reviews, edits and sends "
                + "every reply. Live at UMCG and ETZ since November 2023 for routine questions; likely not a medical device.",
            IntendedUse = "Een concept-antwoord maken op routinevragen van patiënten in het patiëntportaal.",
            IntendedUsers = "Zorgverleners die berichten in het patiëntportaal beantwoorden.",
            PatientPopulation = "Patiënten die een vraag stellen via het patiëntportaal.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Umc, CareSector.Hospital],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Implementation,
            TransparencyLimitations = Limitations(
                "Waarschijnlijk geen medisch hulpmiddel (niet geverifieerd); de zorgorganisatie doet dan zelf een risicoanalyse. "
                + "Gegenereerde tekst kan fouten bevatten; daarom controleert een zorgverlener elk antwoord. Hostinglocatie niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("umcg", DeploymentStatus.InUse, new DateOnly(2023, 11, 1), "Live sinds november 2023 volgens openbare berichtgeving; de precieze startdatum is niet bekend."),
            new("etz", DeploymentStatus.InUse, new DateOnly(2023, 11, 1), "Live sinds november 2023 volgens openbare berichtgeving; de precieze startdatum is niet bekend."),
        ]),

        new("epic-systems", new ProductContent
        {
            Name = "Generatieve patiëntsamenvatting op de IC",
            Slug = "ic-patientsamenvatting",
            ShortDescription = "Maakt met generatieve AI een samenvatting van het dossier van een patiënt op de intensive care (IC), "
                + "in het EPD van Epic. Radboudumc werkt hieraan; het project is nog in een vroege fase.",
            EnglishSummary = "Generative summary of an ICU patient's record within the Epic EHR at Radboudumc. Early phase.",
            IntendedUse = "Een samenvatting van het patiëntdossier maken voor zorgverleners op de IC.",
            IntendedUsers = "Zorgverleners op de intensive care.",
            PatientPopulation = "Patiënten op de intensive care.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Umc],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Development,
            TransparencyLimitations = Limitations(
                "Vroege fase. De rolverdeling tussen Epic en Radboudumc, de status als medisch hulpmiddel en de hostinglocatie zijn niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("radboudumc", DeploymentStatus.InDevelopment, null, "Vroege fase volgens openbare berichtgeving."),
        ]),

        new("autoscriber", new ProductContent
        {
            Name = "Autoscriber",
            Slug = "autoscriber",
            ShortDescription = "Luistert mee tijdens het gesprek tussen arts en patiënt en maakt daarvan een concept-verslag voor het dossier. "
                + "Jeroen Bosch Ziekenhuis deed een pilot met 52 specialisten.",
            EnglishSummary = "Ambient scribe that turns a clinician-patient conversation into a draft note. Piloted at Jeroen Bosch Ziekenhuis "
                + "with 52 specialists and about 1,400 transcripts.",
            IntendedUse = "Een concept-verslag maken van een consult.",
            IntendedUsers = "Medisch specialisten.",
            PatientPopulation = "Patiënten op het spreekuur.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Validation,
            TransparencyLimitations = Limitations("CE-status, klasse en hostinglocatie niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("jeroen-bosch-ziekenhuis", DeploymentStatus.InDevelopment, null, "Pilot met 52 specialisten en ongeveer 1.400 transcripten."),
        ]),

        new("attendi", new ProductContent
        {
            Name = "Attendi",
            Slug = "attendi",
            ShortDescription = "Zorgmedewerkers spreken hun rapportage in en Attendi zet dit om in tekst voor het dossier. "
                + "Thuiszorgorganisatie ZorgAccent gebruikt het in 64 teams.",
            EnglishSummary = "Speech-driven reporting for care workers. Used by home-care organisation ZorgAccent in 64 teams, which reports "
                + "that an intake note now takes 5 minutes or less instead of 10-15.",
            IntendedUse = "Rapporteren door in te spreken in plaats van te typen.",
            IntendedUsers = "Zorgmedewerkers in de ouderenzorg en thuiszorg.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.NursingHomeCare],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Implementation,
            TransparencyLimitations = Limitations(
                "De tijdwinst is gemeld door de zorgorganisatie en niet onafhankelijk gemeten. CE-status en hostinglocatie niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("zorgaccent", DeploymentStatus.InUse, null, "In 64 teams. Volgens ZorgAccent kost een intakeverslag nu hooguit 5 minuten in plaats van 10 tot 15."),
        ]),

        new("spraakgestuurd-ecd-zuid-limburg", new ProductContent
        {
            Name = "Spraakgestuurd ECD Zuid-Limburg",
            Slug = "spraakgestuurd-ecd-zuid-limburg",
            ShortDescription = "Project in de ouderenzorg in Zuid-Limburg. Zorgmedewerkers spreken hun rapportage in het elektronisch "
                + "cliëntdossier (ECD) in, in plaats van te typen. Met Sevagram, Vitalis, Levanto en Zuyderland.",
            EnglishSummary = "Regional project on speech-driven reporting in the electronic client record in elderly care in South Limburg "
                + "(Sevagram, Vitalis, Levanto, Zuyderland).",
            IntendedUse = "Rapporteren in het ECD door in te spreken.",
            IntendedUsers = "Zorgmedewerkers in de ouderenzorg.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.NursingHomeCare],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Validation,
            TransparencyLimitations = Limitations(
                "Het samenwerkingsverband staat hier als maker. De leverancier van de spraaktechnologie en de gebruiksstatus zijn niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("sevagram", DeploymentStatus.InDevelopment, null, "Deelnemer aan het project; gebruiksstatus niet geverifieerd."),
            new("vitalis", DeploymentStatus.InDevelopment, null, "Deelnemer aan het project; gebruiksstatus niet geverifieerd."),
            new("levanto", DeploymentStatus.InDevelopment, null, "Deelnemer aan het project; gebruiksstatus niet geverifieerd."),
            new("zuyderland", DeploymentStatus.InDevelopment, null, "Deelnemer aan het project; gebruiksstatus niet geverifieerd."),
        ]),

        new("pacmed", new ProductContent
        {
            Name = "Capaciteitsmonitor Gelre",
            Slug = "capaciteitsmonitor-gelre",
            ShortDescription = "Helpt Gelre ziekenhuizen om de capaciteit van het ziekenhuis te bewaken en te plannen. "
                + "Genoemd bij Pacmed; naam en details niet geverifieerd.",
            EnglishSummary = "Capacity monitor at Gelre hospitals, reported alongside Pacmed Critical. Name and details not verified.",
            IntendedUse = "Capaciteit van het ziekenhuis bewaken en plannen.",
            IntendedUsers = "Capaciteitsplanners en managers in het ziekenhuis.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Other,
            Phase = LifecyclePhase.Implementation,
            TransparencyLimitations = Limitations("Productnaam, werking en gebruiksstatus niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("gelre-ziekenhuizen", DeploymentStatus.InDevelopment, null, "Genoemd in openbare berichtgeving; gebruiksstatus niet geverifieerd."),
        ]),

        new("expertisecentrum-zorgalgoritmen", new ProductContent
        {
            Name = "EzaPredictive",
            Slug = "ezapredictive",
            ShortDescription = "Voorspelmodellen voor ziekenhuizen: hoe lang een patiënt op de Spoedeisende Hulp blijft, hoe groot de kans op "
                + "opname is en hoe lang een opname duurt. Gebruikt door 28 ziekenhuizen. CE-gemarkeerd; klasse niet geverifieerd.",
            EnglishSummary = "CE-marked prediction models for emergency-department length of stay, admission probability and clinical length "
                + "of stay, used by 28 hospitals. Class not verified.",
            IntendedUse = "Voorspellen van verblijfsduur op de SEH, kans op opname en opnameduur, voor de planning van capaciteit.",
            IntendedUsers = "Ziekenhuizen: planners en zorgverleners.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Classification,
            Phase = LifecyclePhase.NationalScale,

            // DOMAIN.md states "CE-marked" only; the regime is recorded as MDR without a class.
            Certifications = [new Certification(Regime.Mdr, null, null, null, null)],
            TransparencyLimitations = Limitations(
                "CE-markering volgens openbare berichtgeving; regime en klasse niet geverifieerd. "
                + "Welke 28 ziekenhuizen de modellen gebruiken, is hier niet vastgelegd."),
        }, "1.0", "Versie 1.0 genoemd in openbare berichtgeving.", []),

        new("zuyderland", new ProductContent
        {
            Name = "No-showvoorspelling Zuyderland",
            Slug = "no-showvoorspelling-zuyderland",
            ShortDescription = "Voorspelt welke patiënten misschien niet naar hun afspraak komen, zodat het ziekenhuis daar op tijd op kan "
                + "inspelen. Een interne toepassing van Zuyderland.",
            EnglishSummary = "Internal model at Zuyderland that predicts missed appointments (no-shows).",
            IntendedUse = "Voorspellen van het niet verschijnen op een afspraak.",
            IntendedUsers = "Medewerkers die afspraken plannen.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Classification,
            Phase = LifecyclePhase.Implementation,
            TransparencyLimitations = Limitations("Interne toepassing; gebruiksstatus en resultaten niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("zuyderland", DeploymentStatus.InDevelopment, null, "Interne toepassing; gebruiksstatus niet geverifieerd."),
        ]),

        new("vitalis", new ProductContent
        {
            Name = "AI-roosterplanning Vitalis",
            Slug = "ai-roosterplanning-vitalis",
            ShortDescription = "Pilot met AI die roosters maakt in de ouderenzorg. Het systeem combineert de zorgvraag, wie er beschikbaar is "
                + "en de routes tot een rooster.",
            EnglishSummary = "Pilot of AI roster planning in elderly care (VVT) combining care demand, staff availability and routes.",
            IntendedUse = "Roosters en routes plannen in de ouderenzorg.",
            IntendedUsers = "Planners in de ouderenzorg.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.NursingHomeCare],
            AiKind = AiKind.Classic,
            Task = AiTask.Planning,
            Phase = LifecyclePhase.Validation,
            TransparencyLimitations = Limitations("Pilot. De leverancier van de planningssoftware is niet geverifieerd; Vitalis staat hier als maker."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("vitalis", DeploymentStatus.InDevelopment, null, "Pilot."),
        ]),

        new("maastricht-umc", new ProductContent
        {
            Name = "Health Literacy Evaluator",
            Slug = "health-literacy-evaluator",
            ShortDescription = "Helpt om patiëntenfolders te herschrijven in eenvoudige taal, zodat meer mensen ze begrijpen. "
                + "Ontwikkeld door Maastricht UMC+.",
            EnglishSummary = "Tool from Maastricht UMC+ that helps rewrite patient leaflets in plain language.",
            IntendedUse = "Patiëntinformatie beoordelen en herschrijven in begrijpelijke taal.",
            IntendedUsers = "Zorgverleners en communicatiemedewerkers die patiëntinformatie schrijven.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Umc],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Development,
            TransparencyLimitations = Limitations("Soort AI, ontwikkelfase en gebruik niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes, []),

        new("kempenhaeghe", new ProductContent
        {
            Name = "Automatisch structureren van dossiergegevens",
            Slug = "dossierstructurering-kempenhaeghe",
            ShortDescription = "AI die medische gegevens in het patiëntdossier automatisch ordent. Epilepsiecentrum Kempenhaeghe in Heeze "
                + "werkt hiermee. Details niet geverifieerd.",
            EnglishSummary = "AI that automatically structures medical data in patient records at epilepsy centre Kempenhaeghe. Not verified.",
            IntendedUse = "Medische gegevens in het dossier automatisch structureren.",
            IntendedUsers = "Zorgverleners van Kempenhaeghe.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Classic,
            Task = AiTask.Other,
            Phase = LifecyclePhase.Development,
            TransparencyLimitations = Limitations("Maker, soort AI (klassiek of generatief), fase en gebruik niet geverifieerd."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("kempenhaeghe", DeploymentStatus.InDevelopment, null, "Genoemd in de Kamerbrief van 2025; gebruiksstatus niet geverifieerd."),
        ]),

        new("medisch-centrum-leeuwarden", new ProductContent
        {
            Name = "Begrijpelijke patiëntenfolders met AI",
            Slug = "begrijpelijke-patientenfolders-mcl",
            ShortDescription = "Medisch Centrum Leeuwarden herschrijft patiëntenfolders met hulp van AI in begrijpelijke taal. "
                + "Niet geverifieerd.",
            EnglishSummary = "Medisch Centrum Leeuwarden rewrites patient leaflets into plain language with AI support. Not verified.",
            IntendedUse = "Patiëntenfolders herschrijven in begrijpelijke taal.",
            IntendedUsers = "Medewerkers die patiëntenfolders schrijven.",
            ApplicationArea = ApplicationArea.Administrative,
            Sectors = [CareSector.Hospital],
            AiKind = AiKind.Generative,
            Task = AiTask.Generation,
            Phase = LifecyclePhase.Implementation,
            TransparencyLimitations = Limitations("Gebruikte AI-software, maker en gebruiksstatus niet geverifieerd; MCL staat hier als maker."),
        }, UnknownVersion, UnknownVersionNotes,
        [
            new("medisch-centrum-leeuwarden", DeploymentStatus.InUse, null, "Volgens een nieuwsbericht van MCL; niet geverifieerd."),
        ]),
    ];
}
