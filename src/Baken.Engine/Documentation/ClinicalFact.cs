namespace Baken.Engine.Documentation;

/// <summary>The kinds of fact the lexical check looks for.</summary>
public enum FactKind
{
    /// <summary>A number with a dose unit (mg, mcg, ml, units, tablets, ...).</summary>
    Dosage,

    /// <summary>A number with another unit (mmHg, kg, %, °C, weeks, years, ...).</summary>
    Quantity,

    /// <summary>A calendar date, or a month with a day or year.</summary>
    Date,

    /// <summary>A side of the body: left, right, both (links, rechts, beiderzijds).</summary>
    Laterality,

    /// <summary>A medication name from the word list.</summary>
    Medication,
}

/// <summary>One fact found in a text.</summary>
/// <param name="Kind">What kind of fact.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Key">The normalised value compared across texts ("10 mg", "2021-3-1", "left|knee", "metformin").</param>
/// <param name="Sentence">The sentence it occurs in.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the sentence.</param>
/// <param name="AlternativeKeys">Other readings of the same words (a numeric date read day-first and month-first).</param>
public sealed record ClinicalFact(FactKind Kind, string Text, string Key, Sentence Sentence, int Start, IReadOnlyList<string>? AlternativeKeys = null)
{
    /// <summary>Every key this fact may stand for.</summary>
    public IEnumerable<string> Keys => AlternativeKeys is null ? [Key] : [Key, .. AlternativeKeys];
}
