namespace Baken.Core.Classification;

/// <summary>
/// What the classification chain concludes, with the ordered trail of the steps that led there
/// and the rule set that drew it, so a stored decision stays explainable after the rules change.
/// </summary>
public sealed record ClassificationOutcome(
    RuleSetRef RuleSet,
    string? DeviceClass,
    bool NotifiedBodyInvolved,
    bool AiActHighRisk,
    string? HighRiskRoute,
    IReadOnlyList<string> TransparencyDuties,
    string? IncidentRoute,
    IReadOnlyList<Consequence> Consequences,
    IReadOnlyList<TrailStep> Trail);

/// <summary>The id and version of a rule set.</summary>
public sealed record RuleSetRef(string Id, string Version);

/// <summary>One answered step of the chain.</summary>
/// <param name="Step">The step's stable id (a URN of the rule set).</param>
/// <param name="Question">The question the step asks.</param>
/// <param name="Answer">The answer the facts give.</param>
/// <param name="Conclusion">What follows from it.</param>
/// <param name="LegalSource">Article, annex or guidance the step rests on.</param>
public sealed record TrailStep(string Step, string Question, string Answer, string Conclusion, string LegalSource);

/// <summary>A duty that follows from the outcome, with the date from which it applies.</summary>
/// <param name="Id">Stable id (a URN of the rule set).</param>
/// <param name="Article">The article that imposes it.</param>
/// <param name="Title">What the duty asks.</param>
/// <param name="LegalSource">Where it is written.</param>
/// <param name="AppliesFrom">The date in the current legal text.</param>
/// <param name="DateStatus">"confirmed" or "unconfirmed" (not yet checked against the primary text).</param>
/// <param name="ProposedFrom">A later date proposed by pending legislation, if any.</param>
public sealed record Consequence(
    string Id, string Article, string Title, string LegalSource, DateOnly AppliesFrom, string DateStatus, DateOnly? ProposedFrom);

/// <summary>
/// A partial evaluation: the steps answered so far, the facts the chain still needs (first needed
/// first), and the outcome once none is missing; <see cref="Error"/> for wrong or contradictory facts.
/// </summary>
public sealed record ClassificationProgress(
    IReadOnlyList<TrailStep> Trail, IReadOnlyList<string> MissingFacts, ClassificationOutcome? Outcome, Platform.Error? Error);
