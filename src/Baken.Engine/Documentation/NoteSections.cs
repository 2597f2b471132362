namespace Baken.Engine.Documentation;

/// <summary>A section a note is expected to have, and the headings that count as it.</summary>
/// <param name="Name">Name in the result (e.g. "subjective").</param>
/// <param name="Headings">Headings that count, in any case and with or without diacritics; a heading also counts
/// when it starts with one of these followed by more words ("plan of care"), except a one-letter one.</param>
public sealed record NoteSection(string Name, IReadOnlyList<string> Headings);

/// <summary>
/// Which expected sections a note has. A heading is a line that, without list or markdown marks, is
/// either short (at most six words) or starts with a short label before ':' ("S: ...", "Beleid: ...").
/// </summary>
public static class NoteSections
{
    /// <summary>SOAP, with common Dutch (SOEP) and English heading variants, including ACI-Bench's.</summary>
    public static IReadOnlyList<NoteSection> Soap { get; } =
    [
        new("subjective", ["subjective", "s", "anamnese", "subjectief", "chief complaint", "history of present illness", "hpi",
            "reason for visit", "reden van komst", "klacht", "klachten", "hulpvraag"]),
        new("objective", ["objective", "o", "objectief", "onderzoek", "lichamelijk onderzoek", "physical exam", "physical examination",
            "exam", "examination", "vital signs", "vitale functies", "bevindingen", "results", "uitslagen", "aanvullend onderzoek"]),
        new("assessment", ["assessment", "a", "e", "evaluatie", "conclusie", "beoordeling", "assessment and plan", "impression",
            "diagnosis", "diagnose", "werkdiagnose", "differential diagnosis"]),
        new("plan", ["plan", "p", "beleid", "assessment and plan", "plan of care", "behandelplan", "treatment plan", "afspraken"]),
    ];

    /// <summary>The names of the <paramref name="expected"/> sections that <paramref name="note"/> has, in their order.</summary>
    public static List<string> Present(string note, IReadOnlyList<NoteSection> expected)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(expected);
        var headings = note.Split('\n').Select(Heading).OfType<string>().ToList();
        return [.. expected
            .Where(section => section.Headings.Select(Normalise).Any(alias => headings.Any(h => Matches(h, alias))))
            .Select(section => section.Name)];
    }

    // A one-letter label (S, O, E, A, P) must stand alone: "A 45-year-old woman" is no assessment heading.
    private static bool Matches(string heading, string alias) =>
        heading == alias || (alias.Length > 1 && heading.StartsWith(alias + " ", StringComparison.Ordinal));

    private static string? Heading(string line)
    {
        var text = line.Trim().TrimStart('#', '*', '-', '•', ' ', '\t').TrimEnd('*', ' ', '\t');
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && WordCount(text[..colon]) <= 5)
        {
            return Normalise(text[..colon]);
        }

        return text.Length > 0 && WordCount(text) <= 6 ? Normalise(text) : null;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Normalise(string heading) =>
        string.Join(' ', FactWords.Tokenise(heading).Select(t => t.Folded));
}
