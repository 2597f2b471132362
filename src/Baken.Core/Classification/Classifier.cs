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
        var (e, errors) = Run(rules, facts);
        return errors.Any ? errors.ToError() : Outcome(rules, e!);
    }

    /// <summary>
    /// How far the facts get: the trail of the steps they answer, the facts still needed (in the
    /// order the chain needs them), and the outcome once nothing is missing. A guided wizard uses it
    /// to ask only the next question the chain needs. Wrong or contradictory facts give the error.
    /// </summary>
    public static ClassificationProgress Explore(RuleSet rules, ClassificationFacts facts)
    {
        var (e, errors) = Run(rules, facts);
        if (e is null)
        {
            return new ClassificationProgress([], [], null, errors.ToError());
        }

        return errors.Any
            ? new ClassificationProgress(e.Trail, [.. errors.ToError().Fields!.Keys], null, null)
            : new ClassificationProgress(e.Trail, [], Outcome(rules, e), null);
    }

    /// <summary>The evaluation, or null with the errors when a value is wrong or facts contradict; else the missing facts as errors.</summary>
    private static (Evaluation? Evaluation, FieldErrors Errors) Run(RuleSet rules, ClassificationFacts facts)
    {
        var errors = new FieldErrors();
        CheckValues(errors, facts);
        if (errors.Any)
        {
            return (null, errors);
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
            return (null, errors);
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

        return (e, errors);
    }

    private static ClassificationOutcome Outcome(RuleSet rules, Evaluation e) => new(
        rules.Reference,
        e.DeviceClass.Text,
        e.NotifiedBodyInvolved,
        e.AiActHighRisk,
        e.HighRiskRoute.Text,
        e.TransparencyDuties,
        e.IncidentRoute.Text,
        e.Consequences,
        e.Trail);

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
