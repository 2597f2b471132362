namespace Baken.Engine.Documentation;

/// <summary>
/// Decides which facts of one text are not backed by another text: generated-note facts against the
/// transcript (unsupported), reference-note facts against the generated note (omitted). A fact is
/// backed when the other text holds the same normalised value; a number with a unit is also backed
/// by the same number without a unit, when the source was read with bare numbers (speech often drops
/// the unit: "amlodipine 10", "bloeddruk 145/90"); a date without a year is backed by
/// the full date; a side of the body is backed by the same side of the same body part, or, when the
/// other text never names that body part, by the same side anywhere. A side named for a body part
/// that the other text gives the opposite side is never backed: that is a swapped side.
/// </summary>
public static class FactCheck
{
    /// <summary>The facts in <paramref name="claims"/> that <paramref name="source"/> does not back, in order.</summary>
    public static List<ClinicalFact> Unbacked(IReadOnlyList<ClinicalFact> claims, IReadOnlyList<ClinicalFact> source)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(source);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sides = new HashSet<string>(StringComparer.Ordinal);
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in source)
        {
            foreach (var key in fact.Keys)
            {
                keys.Add(Group(fact.Kind) + key);
                if (fact.Kind == FactKind.Date && key.Split('-') is [var y, var m, var d])
                {
                    keys.Add($"d:{y}-{m}-?");
                    keys.Add($"d:?-{m}-{d}");
                }
            }

            if (fact.Kind == FactKind.Laterality)
            {
                var (side, anchor) = Side(fact.Key);
                sides.Add(side);
                if (anchor is not null)
                {
                    anchored.Add(anchor);
                }
            }
        }

        var unbacked = new List<ClinicalFact>();
        foreach (var claim in claims)
        {
            var backed = claim.Keys.Any(k => keys.Contains(Group(claim.Kind) + k));
            if (!backed && claim.Kind is FactKind.Dosage or FactKind.Quantity)
            {
                // "145/90 mmHg" is backed by a spoken "145/90" without its unit, not by another number.
                backed = keys.Contains(Group(claim.Kind) + claim.Key[..claim.Key.IndexOf(' ', StringComparison.Ordinal)]);
            }

            if (!backed && claim.Kind == FactKind.Laterality)
            {
                var (side, anchor) = Side(claim.Key);
                backed = ((anchor is null || !anchored.Contains(anchor)) && sides.Contains(side))
                    || (side == "both" && anchor is not null && keys.Contains($"l:left|{anchor}") && keys.Contains($"l:right|{anchor}"));
            }

            if (!backed)
            {
                unbacked.Add(claim);
            }
        }

        return unbacked;
    }

    private static (string Side, string? Anchor) Side(string key) =>
        key.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0 ? (key[..bar], key[(bar + 1)..]) : (key, null);

    // Dosage and quantity share a group: "10 mg" is the same value whichever kind the unit was filed under.
    private static string Group(FactKind kind) => kind switch
    {
        FactKind.Dosage or FactKind.Quantity => "q:",
        FactKind.Date => "d:",
        FactKind.Laterality => "l:",
        _ => "m:",
    };
}
