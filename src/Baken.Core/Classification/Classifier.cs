using Baken.Core.Platform;

namespace Baken.Core.Classification;

/// <summary>
/// Runs the facts through a rule set: checks their values and contradictions, then answers the
/// steps in order. Pure computation; no I/O, no clock.
/// </summary>
public static class Classifier
{
    /// <summary>The outcome with its trail, or field errors for wrong, contradictory or missing facts (all at once).</summary>
    public static Result<ClassificationOutcome> Evaluate(RuleSet rules, ClassificationFacts facts)
    {
        var errors = new FieldErrors();
        CheckValues(errors, facts);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var e = new Evaluation(facts);
        foreach (var constraint in rules.Constraints)
        {
            if (constraint.When.Evaluate(e) == Truth.True && constraint.Require.Evaluate(e) == Truth.False)
            {
                errors.Add(constraint.Field, constraint.Message);
            }
        }

        // The chain assumes consistent facts; with a contradiction its answers would mean nothing.
        if (errors.Any)
        {
            return errors.ToError();
        }

        var reported = 0;
        foreach (var step in rules.Steps)
        {
            var guard = step.When?.Evaluate(e) ?? Truth.True;
            if (guard == Truth.False)
            {
                continue;
            }

            var answered = guard == Truth.True && Answer(e, step);
            if (!answered)
            {
                // Whatever this step could have decided is unknown; later steps that need it wait.
                e.MarkUndecided(step.Writes);
                if (e.MissingFact is { } fact && (reported & (1 << (int)fact)) == 0)
                {
                    reported |= 1 << (int)fact;
                    errors.Add(FactCatalog.All[(int)fact].Name, $"This fact is needed to answer: {step.Question}");
                }
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        return new ClassificationOutcome(
            rules.Reference,
            e.DeviceClass.Text,
            e.NotifiedBodyInvolved,
            e.AiActHighRisk,
            e.HighRiskRoute.Text,
            e.TransparencyDuties,
            e.IncidentRoute.Text,
            e.Consequences,
            e.Trail);
    }

    /// <summary>Applies the first case that holds; false when a case could not be decided.</summary>
    private static bool Answer(Evaluation e, Step step)
    {
        foreach (var @case in step.Cases)
        {
            var truth = @case.When?.Evaluate(e) ?? Truth.True;
            if (truth == Truth.False)
            {
                continue;
            }

            if (truth == Truth.Unknown)
            {
                return false;
            }

            foreach (var effect in @case.Effects)
            {
                e.Apply(effect);
            }

            e.Trail.Add(@case.Trail);
            return true;
        }

        // The loader cannot prove every step total; a gap is a content bug, not a client error.
        throw new InvalidOperationException($"No case of step '{step.Id}' matches these facts; the rule content has a gap.");
    }

    private static void CheckValues(FieldErrors errors, ClassificationFacts facts)
    {
        foreach (var definition in FactCatalog.All)
        {
            if (definition.Values is { } allowed && definition.Read(facts) is { Kind: ValueKind.Text, Text: var text }
                && Array.IndexOf(allowed, text) < 0)
            {
                errors.Add(definition.Name, $"Unknown value; use one of: {string.Join(", ", allowed)}{(definition.NullIsAnswer ? " or null" : "")}.");
            }
        }
    }
}
