using System.Text.Json;

namespace Baken.Core.Classification;

/// <summary>
/// A loaded, checked rule set: the content of one <c>content/classification</c> file, compiled so
/// that evaluating it only walks small objects. Built by <see cref="RuleSetCompiler"/>.
/// </summary>
public sealed class RuleSet
{
    private IReadOnlyList<RuleSetStep>? _questions;
    private IReadOnlyDictionary<string, string>? _dutchTitles;

    internal RuleSet(RuleSetRef reference, DateOnly published, string title, JsonElement document, Constraint[] constraints, Step[] steps)
    {
        Reference = reference;
        Published = published;
        Title = title;
        Document = document;
        Constraints = constraints;
        Steps = steps;
    }

    /// <summary>Id and version.</summary>
    public RuleSetRef Reference { get; }

    /// <summary>The day this version was published.</summary>
    public DateOnly Published { get; }

    /// <summary>A human title.</summary>
    public string Title { get; }

    /// <summary>The content as written, for clients that show the rules.</summary>
    public JsonElement Document { get; }

    /// <summary>The steps with their questions in English and Dutch and the facts they ask, in order (for a guided wizard).</summary>
    public IReadOnlyList<RuleSetStep> Questions => _questions ??= RuleSetSteps.Read(Document);

    /// <summary>Dutch titles of the consequences, by their URN (<see cref="Consequence.Id"/>), where the content gives them.</summary>
    public IReadOnlyDictionary<string, string> DutchConsequenceTitles => _dutchTitles ??= RuleSetSteps.DutchConsequenceTitles(Document);

    internal Constraint[] Constraints { get; }
    internal Step[] Steps { get; }

    /// <summary>Semantic version as numbers, for picking the newest.</summary>
    public Version SemanticVersion => Version.Parse(Reference.Version);
}

/// <summary>Outcome fields a step can read or write.</summary>
[Flags]
internal enum OutcomeField
{
    None = 0,
    DeviceClass = 1,
    NotifiedBodyInvolved = 2,
    AiActHighRisk = 4,
    HighRiskRoute = 8,
    IncidentRoute = 16,
    TransparencyDuties = 32,
    Consequences = 64,
}

/// <summary>Facts that contradict each other: when <see cref="When"/> holds, <see cref="Require"/> must too.</summary>
internal sealed record Constraint(string Id, string Field, Condition When, Condition Require, string Message);

/// <summary>One question of the chain; skipped unless <see cref="When"/> holds; the first matching case answers it.</summary>
internal sealed record Step(string Id, string Question, Condition? When, Case[] Cases, OutcomeField Writes);

/// <summary>One answer of a step, its effects on the outcome and its trail entry (built once, shared by every evaluation).</summary>
internal sealed record Case(Condition? When, TrailStep Trail, Assignment[] Effects);

internal enum AssignmentKind
{
    Set,
    Raise,
    Add,
}

internal sealed record Assignment(AssignmentKind Kind, OutcomeField Field, Value Value, Consequence? Consequence);
