using System.Text.Json;
using Baken.Core.Data;
using Baken.Engine.Review;

namespace Baken.Cli.Review;

/// <summary>
/// One reviewer's ratings, kept at the organisation (it holds note ids and comments). Written
/// after every note, through a temporary file and a rename, so stopping or a crash loses at most
/// the note being rated and never leaves a half-written file.
/// </summary>
internal sealed record RatingsFile(string Schema, string Rater, bool Blinded, List<RatingsFile.Entry> Ratings)
{
    public const string SchemaName = "baken.review-ratings/1";

    public sealed record Entry(string NoteId, string Origin, IReadOnlyList<int> Items, bool HallucinationFree, string? Comment, DateTimeOffset RatedAt);

    public static RatingsFile Load(string path, string rater, bool blinded)
    {
        if (!File.Exists(path))
        {
            return new(SchemaName, rater, blinded, []);
        }

        var file = JsonSerializer.Deserialize<RatingsFile>(File.ReadAllText(path), BakenJson.Options)
            ?? throw new InvalidDataException($"{path} is empty.");
        if (file.Schema != SchemaName)
        {
            throw new InvalidDataException($"{path} is not a ratings file (expected schema '{SchemaName}').");
        }

        return file;
    }

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, BakenJson.Options));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The ratings with their checks: nine items of 1-5 each, known origins.</summary>
    public IEnumerable<NoteRating> ToRatings(string path)
    {
        foreach (var e in Ratings)
        {
            if (e.Items.Count != Pdqi9.Items.Count || e.Items.Any(i => i is < Pdqi9.Min or > Pdqi9.Max) || e.Origin is not ("ai" or "human"))
            {
                throw new InvalidDataException($"{path}: the rating of note '{e.NoteId}' needs nine scores of 1-5 and origin 'ai' or 'human'.");
            }

            yield return new NoteRating(e.NoteId, e.Origin, Rater, e.Items, e.HallucinationFree, e.Comment);
        }
    }
}
