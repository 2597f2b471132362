namespace Baken.Core.Classification;

/// <summary>The state of one run through a rule set: the facts, the outcome so far, and what is undecided.</summary>
internal sealed class Evaluation
{
    private readonly Value[] _facts = new Value[FactCatalog.All.Length];
    private OutcomeField _undecided;

    public Evaluation(ClassificationFacts facts)
    {
        foreach (var definition in FactCatalog.All)
        {
            _facts[(int)definition.Fact] = definition.Read(facts);
        }
    }

    public Value DeviceClass { get; set; }
    public bool NotifiedBodyInvolved { get; set; }
    public bool AiActHighRisk { get; set; }
    public Value HighRiskRoute { get; set; }
    public Value IncidentRoute { get; set; }
    public List<string> TransparencyDuties { get; } = new(2);
    public List<Consequence> Consequences { get; } = new(4);
    public List<TrailStep> Trail { get; } = new(16);

    /// <summary>The fact whose absence made the last condition unknown, if that was the cause.</summary>
    public Fact? MissingFact { get; private set; }

    public Value Fact(Fact fact) => _facts[(int)fact];

    public Truth Missing(Fact fact)
    {
        MissingFact = fact;
        return Truth.Unknown;
    }

    /// <summary>An outcome this condition needs was not decided (a fact upstream is missing, and reported there).</summary>
    public Truth Undecided()
    {
        MissingFact = null;
        return Truth.Unknown;
    }

    public bool IsUndecided(OutcomeField field) => (_undecided & field) != 0;

    public void MarkUndecided(OutcomeField fields) => _undecided |= fields;

    public Value Outcome(OutcomeField field) => field switch
    {
        OutcomeField.DeviceClass => DeviceClass,
        OutcomeField.NotifiedBodyInvolved => Value.Of(NotifiedBodyInvolved),
        OutcomeField.AiActHighRisk => Value.Of(AiActHighRisk),
        OutcomeField.HighRiskRoute => HighRiskRoute,
        OutcomeField.IncidentRoute => IncidentRoute,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a readable outcome field."),
    };

    public void Apply(Assignment a)
    {
        switch (a.Kind, a.Field)
        {
            case (AssignmentKind.Add, OutcomeField.TransparencyDuties):
                if (!TransparencyDuties.Contains(a.Value.Text!))
                {
                    TransparencyDuties.Add(a.Value.Text!);
                }

                break;
            case (AssignmentKind.Add, OutcomeField.Consequences):
                if (!Consequences.Contains(a.Consequence!))
                {
                    Consequences.Add(a.Consequence!);
                }

                break;
            case (AssignmentKind.Raise, OutcomeField.DeviceClass):
                if (DeviceClassOrder.Rank(a.Value.Text!) > DeviceClassOrder.Rank(DeviceClass.Text))
                {
                    DeviceClass = a.Value;
                }

                break;
            case (_, OutcomeField.DeviceClass):
                DeviceClass = a.Value;
                break;
            case (_, OutcomeField.NotifiedBodyInvolved):
                NotifiedBodyInvolved = a.Value.Bool;
                break;
            case (_, OutcomeField.AiActHighRisk):
                AiActHighRisk = a.Value.Bool;
                break;
            case (_, OutcomeField.HighRiskRoute):
                HighRiskRoute = a.Value;
                break;
            case (_, OutcomeField.IncidentRoute):
                IncidentRoute = a.Value;
                break;
            default:
                throw new InvalidOperationException($"Cannot {a.Kind} {a.Field}.");
        }
    }
}

/// <summary>
/// The device classes and their order within a regime. Where several parts of Rule 11 apply, the
/// strictest class wins (MDR Annex VIII, 3.5); "raise" in the content means exactly that.
/// </summary>
internal static class DeviceClassOrder
{
    public static readonly string[] Mdr = ["I", "IIa", "IIb", "III"];
    public static readonly string[] Ivdr = ["A", "B", "C", "D"];
    public static readonly string[] All = [.. Mdr, .. Ivdr];

    /// <summary>0 for none, then 1-4 within the class's regime.</summary>
    public static int Rank(string? deviceClass) =>
        deviceClass is null ? 0 : Math.Max(Array.IndexOf(Mdr, deviceClass), Array.IndexOf(Ivdr, deviceClass)) + 1;
}
