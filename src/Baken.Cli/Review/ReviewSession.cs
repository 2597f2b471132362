using Baken.Engine.Review;

namespace Baken.Cli.Review;

/// <summary>
/// The keyboard-only rating form: each note on screen, then the nine PDQI-9 items (a digit and
/// Enter), "free from hallucination" (j/n) and an optional remark. Blinded, the notes come in a
/// shuffled order and their origin is never shown. "q" stops; what was rated is already saved,
/// and the next session continues where this one stopped.
/// </summary>
internal sealed class ReviewSession(TextReader input, TextWriter output, TimeProvider clock)
{
    public sealed record Outcome(int Rated, int Remaining, bool Stopped);

    public Outcome Run(IReadOnlyList<ReviewNote> notes, RatingsFile ratings, string ratingsPath, int seed)
    {
        var done = ratings.Ratings.Select(r => (r.NoteId, r.Origin)).ToHashSet();
        var queue = notes.Where(n => !done.Contains((n.Id, n.Origin))).ToList();
        if (ratings.Blinded)
        {
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(queue));
        }

        output.WriteLine($"{queue.Count} van {notes.Count} notities nog te beoordelen. Scores 1 (helemaal niet) t/m 5 (volledig); 'q' stopt (alles tot dan is bewaard).");
        var rated = 0;
        foreach (var note in queue)
        {
            output.WriteLine();
            output.WriteLine(new string('=', 72));
            output.WriteLine(ratings.Blinded
                ? $"Notitie {rated + 1} van {queue.Count}"
                : $"Notitie {rated + 1} van {queue.Count} — {note.Id} ({(note.Origin == "ai" ? "gegenereerd" : "door een zorgverlener geschreven")})");
            output.WriteLine(new string('=', 72));
            output.WriteLine(note.Text.Trim());
            output.WriteLine(new string('-', 72));

            var items = new int[Pdqi9.Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                if (AskScore($"{i + 1}. {Pdqi9.Items[i].Dutch} [1-5]: ") is not { } score)
                {
                    return new Outcome(rated, queue.Count - rated, Stopped: true);
                }

                items[i] = score;
            }

            if (AskYesNo("Vrij van hallucinaties (niets verzonnen)? [j/n]: ") is not { } free)
            {
                return new Outcome(rated, queue.Count - rated, Stopped: true);
            }

            output.Write("Opmerking (optioneel, Enter om over te slaan): ");
            var comment = input.ReadLine()?.Trim();
            ratings.Ratings.Add(new RatingsFile.Entry(note.Id, note.Origin, items, free, string.IsNullOrEmpty(comment) ? null : comment, clock.GetUtcNow()));
            ratings.Save(ratingsPath);
            rated++;
        }

        return new Outcome(rated, 0, Stopped: false);
    }

    private int? AskScore(string prompt)
    {
        while (true)
        {
            output.Write(prompt);
            var answer = input.ReadLine()?.Trim();
            if (answer is null or "q")
            {
                return null;
            }

            if (answer is ['1' or '2' or '3' or '4' or '5'])
            {
                return answer[0] - '0';
            }

            output.WriteLine("  Typ een cijfer van 1 tot en met 5 (of q om te stoppen).");
        }
    }

    private bool? AskYesNo(string prompt)
    {
        while (true)
        {
            output.Write(prompt);
            switch (input.ReadLine()?.Trim().ToLowerInvariant())
            {
                case null or "q":
                    return null;
                case "j" or "ja" or "y" or "yes":
                    return true;
                case "n" or "nee" or "no":
                    return false;
                default:
                    output.WriteLine("  Typ j of n (of q om te stoppen).");
                    break;
            }
        }
    }
}
