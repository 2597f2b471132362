namespace Baken.Core.Register;

// The controlled vocabularies of the register. Serialised in kebab-case in the API
// (e.g. PreventionMonitoringSupport -> "prevention-monitoring-support").

public enum ApplicationArea
{
    Administrative,
    Diagnostics,
    DrugDevelopment,
    PrecisionMedicine,
    PreventionMonitoringSupport,
    Education,
    Research,
}

/// <summary>The AZW branches (DOMAIN.md, "AZWA monitoring").</summary>
public enum CareSector
{
    Umc,
    Hospital,
    MentalHealth,
    GeneralPractice,
    NursingHomeCare,
    DisabilityCare,
    SocialWork,
    YouthCare,
    Other,
}

public enum AiKind
{
    Classic,
    Generative,
}

public enum AiTask
{
    Classification,
    Segmentation,
    Generation,
    Planning,
    Other,
}

public enum LifecyclePhase
{
    Idea,
    Development,
    Validation,
    Implementation,
    NationalScale,
    International,
}

public enum Regime
{
    Mdr,
    Ivdr,
    Mdd,
    Ivdd,
    Fda,
}

public enum HostingRegion
{
    Eu,
    NonEu,
}

public enum InteroperabilityStandard
{
    Fhir,
    Zib,
    Hl7V2,
    Dicom,
    SnomedCt,
}

public enum Provenance
{
    StatedByMaker,
    Verified,
}

/// <summary>Groups of product facts that carry one provenance mark each.</summary>
public enum FieldGroup
{
    Description,
    IntendedUse,
    Classification,
    Certifications,
    Evidence,
    Technical,
}

/// <summary>Fryback &amp; Thornbury's hierarchical model of efficacy, levels 1-6.</summary>
public enum EfficacyLevel
{
    TechnicalEfficacy = 1,
    DiagnosticAccuracy = 2,
    DiagnosticThinking = 3,
    TherapeuticEfficacy = 4,
    PatientOutcome = 5,
    SocietalEfficacy = 6,
}
