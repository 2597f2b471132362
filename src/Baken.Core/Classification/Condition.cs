namespace Baken.Core.Classification;

/// <summary>Three-valued truth: a condition over a missing fact or an undecided outcome is unknown.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}

/// <summary>
/// A compiled condition of the rule content. Evaluation is left to right and stops at the first
/// operand that decides or is unknown, so content orders its operands to ask gating facts first
/// (medicalPurpose before regime): a fact is reported missing only where it was really needed.
/// </summary>
internal abstract class Condition
{
    public abstract Truth Evaluate(Evaluation e);
}

internal sealed class AlwaysCondition : Condition
{
    public static readonly AlwaysCondition Instance = new();

    public override Truth Evaluate(Evaluation e) => Truth.True;
}

/// <summary>The fact has one of <see cref="Values"/> (a null value counts only where null is an answer).</summary>
internal sealed class FactIn(FactCatalog.Definition fact, Value[] values) : Condition
{
    public Value[] Values => values;

    public override Truth Evaluate(Evaluation e)
    {
        var value = e.Fact(fact.Fact);
        if (!value.IsPresent && !fact.NullIsAnswer)
        {
            return e.Missing(fact.Fact);
        }

        return Array.IndexOf(values, value) >= 0 ? Truth.True : Truth.False;
    }
}

/// <summary>The fact is (or is not) given; never missing.</summary>
internal sealed class FactPresent(Fact fact, bool expected) : Condition
{
    public override Truth Evaluate(Evaluation e) => e.Fact(fact).IsPresent == expected ? Truth.True : Truth.False;
}

/// <summary>The outcome so far has one of the values in a field.</summary>
internal sealed class OutcomeIn(OutcomeField field, Value[] values) : Condition
{
    public override Truth Evaluate(Evaluation e)
    {
        if (e.IsUndecided(field))
        {
            return e.Undecided();
        }

        return Array.IndexOf(values, e.Outcome(field)) >= 0 ? Truth.True : Truth.False;
    }
}

/// <summary>The outcome field has (or lacks) a value.</summary>
internal sealed class OutcomePresent(OutcomeField field, bool expected) : Condition
{
    public override Truth Evaluate(Evaluation e) =>
        e.IsUndecided(field) ? e.Undecided() : e.Outcome(field).IsPresent == expected ? Truth.True : Truth.False;
}

internal sealed class AllCondition(Condition[] operands) : Condition
{
    public override Truth Evaluate(Evaluation e)
    {
        foreach (var operand in operands)
        {
            var truth = operand.Evaluate(e);
            if (truth != Truth.True)
            {
                return truth;
            }
        }

        return Truth.True;
    }
}

internal sealed class AnyCondition(Condition[] operands) : Condition
{
    public override Truth Evaluate(Evaluation e)
    {
        foreach (var operand in operands)
        {
            var truth = operand.Evaluate(e);
            if (truth != Truth.False)
            {
                return truth;
            }
        }

        return Truth.False;
    }
}

internal sealed class NotCondition(Condition operand) : Condition
{
    public override Truth Evaluate(Evaluation e) => operand.Evaluate(e) switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };
}
