using System.Text.Json.Nodes;
using Baken.Cli.Review;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Review;

public sealed class ReviewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baken-review-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Session_KeyboardAnswers_AreSavedPerNoteAndWrongKeysAskAgain()
    {
        var path = Path.Combine(_folder, "anna.json");
        var notes = new List<ReviewNote> { new("n1", "ai", "Patiënt heeft pijn in de linkerknie."), new("n2", "human", "Geen klachten.") };
        // Note 1: a wrong key ("7") first, then nine scores, "n", no remark. Note 2: all 5, "j", a remark.
        var input = new StringReader(string.Join('\n', ["7", "4", "4", "3", "4", "5", "4", "4", "3", "4", "n", "", "5", "5", "5", "5", "5", "5", "5", "5", "5", "j", "Prima"]) + "\n");
        var output = new StringWriter();

        var outcome = new ReviewSession(input, output, TimeProvider.System).Run(notes, RatingsFile.Load(path, "anna", blinded: false), path, seed: 1);

        Assert.Equal(2, outcome.Rated);
        Assert.False(outcome.Stopped);
        Assert.Contains("Typ een cijfer van 1 tot en met 5", output.ToString(), StringComparison.Ordinal);
        var saved = RatingsFile.Load(path, "anna", blinded: false);
        Assert.Equal([4, 4, 3, 4, 5, 4, 4, 3, 4], saved.Ratings[0].Items);
        Assert.False(saved.Ratings[0].HallucinationFree);
        Assert.Equal("Prima", saved.Ratings[1].Comment);
        Assert.True(saved.Ratings[1].HallucinationFree);
    }

    [Fact]
    public void Session_StopAndContinue_LosesNothingAndRatesTheRest()
    {
        var path = Path.Combine(_folder, "bram.json");
        var notes = new List<ReviewNote> { new("n1", "ai", "Eerste."), new("n2", "ai", "Tweede.") };
        var first = new ReviewSession(new StringReader(string.Join('\n', Enumerable.Repeat("3", 9).Append("j").Append("").Append("4").Append("q"))), new StringWriter(), TimeProvider.System)
            .Run(notes, RatingsFile.Load(path, "bram", blinded: true), path, seed: 2);

        var second = new ReviewSession(new StringReader(string.Join('\n', Enumerable.Repeat("2", 9).Append("n").Append(""))), new StringWriter(), TimeProvider.System)
            .Run(notes, RatingsFile.Load(path, "bram", blinded: true), path, seed: 2);

        Assert.True(first.Stopped);
        Assert.Equal((1, 1), (first.Rated, first.Remaining));
        Assert.Equal(1, second.Rated);
        var saved = RatingsFile.Load(path, "bram", blinded: true);
        Assert.Equal(2, saved.Ratings.Count);
        Assert.Equal(2, saved.Ratings.Select(r => r.NoteId).Distinct().Count());
    }

    [Fact]
    public void Session_Blinded_NeverShowsOriginOrId()
    {
        var path = Path.Combine(_folder, "cor.json");
        var notes = new List<ReviewNote> { new("secret-id-1", "ai", "Tekst een."), new("secret-id-2", "human", "Tekst twee.") };
        var answers = string.Join('\n', Enumerable.Repeat(string.Join('\n', Enumerable.Repeat("3", 9).Append("j").Append("")), 2));
        var output = new StringWriter();

        new ReviewSession(new StringReader(answers), output, TimeProvider.System).Run(notes, RatingsFile.Load(path, "cor", blinded: true), path, seed: 3);

        Assert.DoesNotContain("secret-id", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("gegenereerd", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("zorgverlener geschreven", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_TwoReviewers_AggregatesWithoutIdsTextsOrNames()
    {
        Write("anna.json", "anna", [("n1", "ai", 4, true, "Let op: mevrouw De Vries"), ("n2", "ai", 2, false, null), ("h1", "human", 5, true, null)]);
        Write("bram.json", "bram", [("n1", "ai", 5, true, null), ("n2", "ai", 2, true, null), ("h1", "human", 4, true, null)]);
        var result = Path.Combine(_folder, "review.json");

        var (code, output) = await ValidationCli.RunAsync("review-summary", "--ratings", Path.Combine(_folder, "anna.json"), "--ratings", Path.Combine(_folder, "bram.json"), "--output", result);

        Assert.Equal(0, code);
        Assert.Contains("reviewers: 2", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(result, TestContext.Current.CancellationToken);
        foreach (var secret in new[] { "n1", "h1", "anna", "bram", "De Vries" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var json = JsonNode.Parse(text)!;
        Assert.Equal("humanReview", (string?)json["measure"]);
        var overall = json["overall"]!;
        Assert.Equal(2, (int)overall["documents"]!);
        Assert.Equal(4, (int)overall["ratings"]!);
        Assert.Equal((4 + 2 + 5 + 2) / 4.0, (double)overall["pdqi9Mean"]!, 12);
        Assert.Equal(0.75, (double)overall["hallucinationFreeRate"]!, 12);
        Assert.Equal(4.5, (double)overall["humanNotes"]!["pdqi9Mean"]!, 12);
        // Units n1 (4, 5), n2 (2, 2), h1 (5, 4): Do = 2*(1+0+1)/6 = 2/3; De = 2*(6*90-22^2)/(6*5) = 56/15.
        Assert.Equal(1 - ((2.0 / 3) / (56.0 / 15)), (double)overall["krippendorffAlpha"]!, 12);
    }

    [Fact]
    public async Task Summary_BadScoreInFile_IsRefusedWithTheNote()
    {
        Write("bad.json", "anna", [("n1", "ai", 7, true, null)]);

        var (code, output) = await ValidationCli.RunAsync("review-summary", "--ratings", Path.Combine(_folder, "bad.json"), "--output", Path.Combine(_folder, "r.json"));

        Assert.Equal(2, code);
        Assert.Contains("'n1'", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "r.json")));
    }

    private void Write(string name, string rater, (string Id, string Origin, int Score, bool Free, string? Comment)[] ratings) =>
        new RatingsFile(RatingsFile.SchemaName, rater, true,
            [.. ratings.Select(r => new RatingsFile.Entry(r.Id, r.Origin, Enumerable.Repeat(r.Score, 9).ToList(), r.Free, r.Comment, DateTimeOffset.UnixEpoch))])
            .Save(Path.Combine(_folder, name));
}
