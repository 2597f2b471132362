using Baken.Core.Classification;

namespace Baken.Core.Tests.Classification;

/// <summary>Valid starting points; tests change only the facts they are about.</summary>
internal static class Facts
{
    /// <summary>MDR software that answers "no" everywhere: plain class I.</summary>
    public static ClassificationFacts Mdr => new()
    {
        MedicalPurpose = true,
        Regime = "MDR",
        InformsClinicalDecisions = false,
        MonitorsPhysiologicalProcesses = false,
        Sterile = false,
        MeasuringFunction = false,
        InHouse = false,
        AnnexIIIUse = null,
        InteractsWithPeople = false,
        GeneratesContent = false,
    };

    public static ClassificationFacts Ivdr(string ivdrClass) => new()
    {
        MedicalPurpose = true,
        Regime = "IVDR",
        IvdrClass = ivdrClass,
        Sterile = false,
        InHouse = false,
        InteractsWithPeople = false,
        GeneratesContent = false,
    };

    /// <summary>Software without a medical purpose and no other duties.</summary>
    public static ClassificationFacts NotADevice => new()
    {
        MedicalPurpose = false,
        Regime = "none",
        InteractsWithPeople = false,
        GeneratesContent = false,
    };
}
