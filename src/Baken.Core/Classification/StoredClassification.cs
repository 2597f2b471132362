namespace Baken.Core.Classification;

/// <summary>
/// A classification saved to a product version: the facts as stated, and the outcome with its
/// trail and rule-set version as computed then. Stored whole, so the decision stays explainable
/// after the rules change.
/// </summary>
public sealed record StoredClassification(ClassificationFacts Facts, ClassificationOutcome Outcome, DateTimeOffset ClassifiedAt);
