using Baken.Core.Register;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Shared;

/// <summary>
/// Dutch names of the register's vocabularies; the Dutch name is also the key of the English
/// text in SharedResource.en.resx, like every other interface text.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<Enum, string> Dutch = new()
    {
        [ApplicationArea.Administrative] = "Administratie en organisatie",
        [ApplicationArea.Diagnostics] = "Diagnostiek",
        [ApplicationArea.DrugDevelopment] = "Geneesmiddelenontwikkeling",
        [ApplicationArea.PrecisionMedicine] = "Precisiegeneeskunde",
        [ApplicationArea.PreventionMonitoringSupport] = "Preventie, monitoring en ondersteuning",
        [ApplicationArea.Education] = "Onderwijs",
        [ApplicationArea.Research] = "Onderzoek",
        [CareSector.Umc] = "Umc",
        [CareSector.Hospital] = "Ziekenhuis",
        [CareSector.MentalHealth] = "Ggz",
        [CareSector.GeneralPractice] = "Huisartsenzorg",
        [CareSector.NursingHomeCare] = "Verpleeg- en verzorgingshuizen en thuiszorg",
        [CareSector.DisabilityCare] = "Gehandicaptenzorg",
        [CareSector.SocialWork] = "Sociaal werk",
        [CareSector.YouthCare] = "Jeugdzorg",
        [CareSector.Other] = "Overige zorg",
        [AiKind.Classic] = "Klassieke AI",
        [AiKind.Generative] = "Generatieve AI",
        [AiTask.Classification] = "Classificatie",
        [AiTask.Segmentation] = "Segmentatie",
        [AiTask.Generation] = "Generatie",
        [AiTask.Planning] = "Planning",
        [AiTask.Other] = "Anders",
        [LifecyclePhase.Idea] = "Idee",
        [LifecyclePhase.Development] = "Ontwikkeling",
        [LifecyclePhase.Validation] = "Validatie",
        [LifecyclePhase.Implementation] = "Implementatie",
        [LifecyclePhase.NationalScale] = "Landelijke opschaling",
        [LifecyclePhase.International] = "Internationaal",
        [Regime.Mdr] = "MDR (EU)",
        [Regime.Ivdr] = "IVDR (EU)",
        [Regime.Mdd] = "MDD (EU, oud)",
        [Regime.Ivdd] = "IVDD (EU, oud)",
        [Regime.Fda] = "FDA (VS)",
        [HostingRegion.Eu] = "Binnen de EU",
        [HostingRegion.NonEu] = "Buiten de EU",
        [InteroperabilityStandard.Fhir] = "HL7 FHIR",
        [InteroperabilityStandard.Zib] = "Zorginformatiebouwstenen (zib)",
        [InteroperabilityStandard.Hl7V2] = "HL7 v2",
        [InteroperabilityStandard.Dicom] = "DICOM",
        [InteroperabilityStandard.SnomedCt] = "SNOMED CT",
        [Provenance.StatedByMaker] = "Opgegeven door de maker",
        [Provenance.Verified] = "Gecontroleerd",
        [FieldGroup.Description] = "Beschrijving",
        [FieldGroup.IntendedUse] = "Beoogd gebruik",
        [FieldGroup.Classification] = "Indeling",
        [FieldGroup.Certifications] = "Certificering",
        [FieldGroup.Evidence] = "Bewijs",
        [FieldGroup.Technical] = "Techniek",
        [ProductStatus.Draft] = "Concept",
        [ProductStatus.InReview] = "In beoordeling",
        [ProductStatus.Published] = "Gepubliceerd",
        [ProductStatus.Withdrawn] = "Teruggetrokken",
        [DeploymentStatus.InDevelopment] = "In voorbereiding",
        [DeploymentStatus.InUse] = "In gebruik",
        [DeploymentStatus.OutOfUse] = "Niet meer in gebruik",
        [EvidenceKind.Publication] = "Publicatie",
        [EvidenceKind.Study] = "Studie",
    };

    /// <summary>The Dutch names, for the test that every one has an English text.</summary>
    public static IEnumerable<string> AllDutch => Dutch.Values.Concat(FieldNames.Values);

    /// <summary>The value's name in the current language.</summary>
    public static string Of(IStringLocalizer t, Enum value) =>
        Dutch.TryGetValue(value, out var dutch) ? t[dutch] : value.ToString();

    /// <summary>The efficacy level (Fryback and Thornbury) 1-6 in the current language.</summary>
    public static string Level(IStringLocalizer t, int level) => level switch
    {
        1 => t["1 · Technische werking"],
        2 => t["2 · Diagnostische nauwkeurigheid"],
        3 => t["3 · Invloed op het denken van de arts"],
        4 => t["4 · Invloed op de behandeling"],
        5 => t["5 · Uitkomst voor de patiënt"],
        6 => t["6 · Maatschappelijke waarde"],
        _ => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["name"] = "Naam van het product",
        ["slug"] = "Korte naam voor het webadres",
        ["shortDescription"] = "Samenvatting in eenvoudig Nederlands (B1)",
        ["englishSummary"] = "Samenvatting in het Engels",
        ["intendedUse"] = "Beoogd gebruik",
        ["intendedUsers"] = "Gebruikers",
        ["patientPopulation"] = "Patiëntgroep",
        ["applicationArea"] = "Toepassingsgebied",
        ["sectors"] = "Zorgsectoren",
        ["aiKind"] = "Soort AI",
        ["task"] = "Taak",
        ["phase"] = "Fase",
        ["certifications"] = "Certificering",
        ["hostingRegion"] = "Hosting",
        ["standards"] = "Standaarden",
        ["evidence"] = "Bewijs",
        ["transparencyLimitations"] = "Beperkingen",
        ["reviewDate"] = "Volgende controle",
        ["website"] = "Website",
    };

    /// <summary>A product content field (its JSON name, as ProductDiff reports it) in the current language.</summary>
    public static string FieldName(IStringLocalizer t, string jsonName) =>
        FieldNames.TryGetValue(jsonName, out var dutch) ? t[dutch] : jsonName;

    /// <summary>The kebab-case name the API and the register list's URL use.</summary>
    public static string Kebab(Enum value) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
