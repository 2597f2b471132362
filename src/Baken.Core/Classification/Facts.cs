namespace Baken.Core.Classification;

/// <summary>The facts a rule set may ask about; the order gives each a bit in a mask.</summary>
public enum Fact
{
    MedicalPurpose,
    Regime,
    InformsClinicalDecisions,
    WorstCaseImpact,
    MonitorsPhysiologicalProcesses,
    VitalParametersImmediateDanger,
    IvdrClass,
    Sterile,
    MeasuringFunction,
    InHouse,
    AnnexIIIUse,
    Art63Exception,
    ProfilesNaturalPersons,
    InteractsWithPeople,
    GeneratesContent,
}

/// <summary>
/// The vocabulary of facts: their API names, kinds and allowed values. It is the API contract,
/// so it lives in code; rule content is checked against it when it is loaded.
/// </summary>
public static class FactCatalog
{
    /// <summary>One fact: its name in JSON, its allowed text values (null for a yes/no fact) and whether null is itself an answer.</summary>
    public sealed record Definition(Fact Fact, string Name, string[]? Values, bool NullIsAnswer, Func<ClassificationFacts, Value> Read);

    /// <summary>All facts, indexed by <see cref="Fact"/>.</summary>
    public static readonly Definition[] All =
    [
        Bool(Fact.MedicalPurpose, "medicalPurpose", f => f.MedicalPurpose),
        Text(Fact.Regime, "regime", ["MDR", "IVDR", "none"], false, f => f.Regime),
        Bool(Fact.InformsClinicalDecisions, "informsClinicalDecisions", f => f.InformsClinicalDecisions),
        Text(Fact.WorstCaseImpact, "worstCaseImpact", ["death-or-irreversible", "serious-deterioration-or-surgery", "other"], false, f => f.WorstCaseImpact),
        Bool(Fact.MonitorsPhysiologicalProcesses, "monitorsPhysiologicalProcesses", f => f.MonitorsPhysiologicalProcesses),
        Bool(Fact.VitalParametersImmediateDanger, "vitalParametersImmediateDanger", f => f.VitalParametersImmediateDanger),
        Text(Fact.IvdrClass, "ivdrClass", ["A", "B", "C", "D"], false, f => f.IvdrClass),
        Bool(Fact.Sterile, "sterile", f => f.Sterile),
        Bool(Fact.MeasuringFunction, "measuringFunction", f => f.MeasuringFunction),
        Bool(Fact.InHouse, "inHouse", f => f.InHouse),

        // The vocabulary makes null the answer "no Annex III use", not a missing fact.
        Text(Fact.AnnexIIIUse, "annexIIIUse", ["5a", "5c", "5d"], true, f => f.AnnexIIIUse),
        Bool(Fact.Art63Exception, "art63Exception", f => f.Art63Exception),
        Bool(Fact.ProfilesNaturalPersons, "profilesNaturalPersons", f => f.ProfilesNaturalPersons),
        Bool(Fact.InteractsWithPeople, "interactsWithPeople", f => f.InteractsWithPeople),
        Bool(Fact.GeneratesContent, "generatesContent", f => f.GeneratesContent),
    ];

    /// <summary>Finds a fact by its JSON name.</summary>
    public static Definition? Find(string name) => Array.Find(All, d => string.Equals(d.Name, name, StringComparison.Ordinal));

    private static Definition Bool(Fact fact, string name, Func<ClassificationFacts, bool?> read) =>
        new(fact, name, null, false, f => read(f) is { } b ? Value.Of(b) : Value.Null);

    private static Definition Text(Fact fact, string name, string[] values, bool nullIsAnswer, Func<ClassificationFacts, string?> read) =>
        new(fact, name, values, nullIsAnswer, f => read(f) is { } s ? Value.Of(s) : Value.Null);
}

/// <summary>A fact or outcome value: null, a yes/no or a text. A struct, so evaluation does not box.</summary>
public readonly record struct Value(ValueKind Kind, bool Bool, string? Text)
{
    /// <summary>No value.</summary>
    public static readonly Value Null = default;

    /// <summary>A yes/no value.</summary>
    public static Value Of(bool value) => new(ValueKind.Bool, value, null);

    /// <summary>A text value.</summary>
    public static Value Of(string value) => new(ValueKind.Text, false, value);

    /// <summary>True when this is not <see cref="Null"/>.</summary>
    public bool IsPresent => Kind != ValueKind.Null;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ValueKind.Bool => Bool ? "true" : "false",
        ValueKind.Text => Text!,
        _ => "null",
    };
}

/// <summary>The kinds of <see cref="Value"/>.</summary>
public enum ValueKind
{
    /// <summary>No value.</summary>
    Null,

    /// <summary>A yes/no value.</summary>
    Bool,

    /// <summary>A text value.</summary>
    Text,
}
