namespace Baken.Engine.Review;

/// <summary>
/// The Physician Documentation Quality Instrument, nine items (Stetson et al., 2012), each rated on
/// a five-point scale from 1 (not at all) to 5 (extremely). Baken adds one yes/no question, "free
/// from hallucination", because a fluent note with an invented fact scores well on every item.
/// </summary>
public static class Pdqi9
{
    /// <summary>The nine items, in the instrument's order: stable key, Dutch and English wording.</summary>
    public static readonly IReadOnlyList<(string Key, string Dutch, string English)> Items =
    [
        ("upToDate", "Actueel: bevat de meest recente informatie", "Up-to-date: contains the most recent information"),
        ("accurate", "Juist: vrij van fouten", "Accurate: free of errors"),
        ("thorough", "Volledig: alle relevante informatie staat erin", "Thorough: complete, documents all issues"),
        ("useful", "Bruikbaar: relevant en nuttig voor de zorg", "Useful: relevant, provides valuable information"),
        ("organized", "Geordend: logisch opgebouwd", "Organized: well-formed, structured"),
        ("comprehensible", "Begrijpelijk: helder, zonder onduidelijke afkortingen", "Comprehensible: clear, without ambiguity"),
        ("succinct", "Beknopt: zonder overbodige herhaling", "Succinct: brief, to the point, without redundancy"),
        ("synthesized", "Samenvattend: geeft een samenhangend beeld", "Synthesized: reflects the author's understanding"),
        ("internallyConsistent", "Consistent: spreekt zichzelf niet tegen", "Internally consistent: no part contradicts another"),
    ];

    /// <summary>Lowest and highest score of an item.</summary>
    public const int Min = 1, Max = 5;
}

/// <summary>One reviewer's rating of one note. The note's text and id stay at the organisation.</summary>
/// <param name="NoteId">The note's id in the organisation's own file.</param>
/// <param name="Origin">"ai" for a generated note, "human" for a note written by a care professional.</param>
/// <param name="Rater">The reviewer's name or code, to compute agreement between reviewers.</param>
/// <param name="Items">The nine PDQI-9 scores, 1-5, in <see cref="Pdqi9.Items"/> order.</param>
/// <param name="HallucinationFree">True when the reviewer found nothing invented in the note.</param>
/// <param name="Comment">Free text; never submitted.</param>
public sealed record NoteRating(string NoteId, string Origin, string Rater, IReadOnlyList<int> Items, bool HallucinationFree, string? Comment = null)
{
    /// <summary>The mean of the nine item scores (1-5).</summary>
    public double Mean => Items.Average();
}
