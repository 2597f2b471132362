namespace Baken.Core.Classification;

/// <summary>
/// What a maker states about a product, with the names of the API. Every fact is optional:
/// the rule set asks only what its chain needs, and reports a missing fact where it needs it.
/// Enumerated facts are text so that a wrong value is reported by field with the allowed values.
/// </summary>
public sealed record ClassificationFacts
{
    /// <summary>A medical purpose for individual patients (MDCG 2019-11).</summary>
    public bool? MedicalPurpose { get; init; }

    /// <summary>"MDR", "IVDR" or "none".</summary>
    public string? Regime { get; init; }

    /// <summary>Provides information used for diagnostic or therapeutic decisions (Rule 11).</summary>
    public bool? InformsClinicalDecisions { get; init; }

    /// <summary>"death-or-irreversible", "serious-deterioration-or-surgery" or "other".</summary>
    public string? WorstCaseImpact { get; init; }

    /// <summary>Monitors physiological processes (Rule 11).</summary>
    public bool? MonitorsPhysiologicalProcesses { get; init; }

    /// <summary>Monitors vital parameters whose variation could mean immediate danger (Rule 11).</summary>
    public bool? VitalParametersImmediateDanger { get; init; }

    /// <summary>"A" to "D" under the IVDR; null otherwise.</summary>
    public string? IvdrClass { get; init; }

    /// <summary>Placed on the market sterile.</summary>
    public bool? Sterile { get; init; }

    /// <summary>Has a measuring function.</summary>
    public bool? MeasuringFunction { get; init; }

    /// <summary>Made and used within one health institution (MDR/IVDR Art. 5(5)).</summary>
    public bool? InHouse { get; init; }

    /// <summary>"5a", "5c" or "5d" (AI Act Annex III point 5); null when none applies.</summary>
    public string? AnnexIIIUse { get; init; }

    /// <summary>An AI Act Art. 6(3) exception applies.</summary>
    public bool? Art63Exception { get; init; }

    /// <summary>Profiles natural persons (overrides the Art. 6(3) exceptions).</summary>
    public bool? ProfilesNaturalPersons { get; init; }

    /// <summary>Interacts directly with people (Art. 50(1)).</summary>
    public bool? InteractsWithPeople { get; init; }

    /// <summary>Generates text, audio, images or video (Art. 50(2)).</summary>
    public bool? GeneratesContent { get; init; }
}
