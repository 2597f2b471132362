using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Baken.Engine.Review;

namespace Baken.Cli.Review;

/// <summary>
/// <c>baken review-summary</c>: the reviewers' ratings files in, the aggregate "humanReview" result
/// out (means, hallucination-free share, agreement), ready for <c>baken submit</c>. Ids, texts,
/// remarks and names stay in the ratings files.
/// </summary>
internal static class ReviewSummaryCommand
{
    public static Command Create()
    {
        var ratings = new Option<string[]>("--ratings") { Description = "a reviewer's ratings file; repeat for each reviewer", Required = true, AllowMultipleArgumentsPerToken = true };
        var protocolId = new Option<Guid?>("--protocol-id") { Description = "the documentation protocol the review belongs to" };
        var output = new Option<string>("--output") { Description = "where to write the result JSON", Required = true };
        var command = new Command("review-summary", "Aggregate reviewers' ratings into a result that can be submitted (no texts, ids or names)");
        command.Options.Add(ratings);
        command.Options.Add(protocolId);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var started = DateTimeOffset.UtcNow;
            var all = new List<NoteRating>();
            var blinded = true;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var path in parse.GetValue(ratings)!)
            {
                try
                {
                    hash.AppendData(await File.ReadAllBytesAsync(path, ct));
                    var file = RatingsFile.Load(path, "", blinded: false);
                    if (all.Any(r => r.Rater == file.Rater))
                    {
                        error.WriteLine($"{path}: reviewer '{file.Rater}' appears in two files.");
                        return 2;
                    }

                    blinded &= file.Blinded;
                    all.AddRange(file.ToRatings(path));
                }
                catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
                {
                    error.WriteLine($"Cannot read {path}: {e.Message}");
                    return 2;
                }
            }

            if (all.Count == 0)
            {
                error.WriteLine("The ratings files hold no ratings yet.");
                return 2;
            }

            var bytes = ReviewSummary.ToUtf8Bytes(all, parse.GetValue(protocolId)?.ToString(), Convert.ToHexStringLower(hash.GetHashAndReset()), blinded, started, DateTimeOffset.UtcNow);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            await File.WriteAllBytesAsync(target, bytes, ct);

            var overall = JsonNode.Parse(bytes)!["overall"]!;
            writer.WriteLine($"Notes (AI) rated: {overall["documents"]}, ratings: {overall["ratings"]}, reviewers: {overall["raters"]}");
            writer.WriteLine($"PDQI-9 mean (1-5): {Show(overall["pdqi9Mean"])}   free from hallucination: {Show(overall["hallucinationFreeRate"])}   Krippendorff's alpha: {Show(overall["krippendorffAlpha"])}");
            writer.WriteLine($"Result: {target}");
            return 0;
        });
        return command;
    }

    private static string Show(JsonNode? value) =>
        value is null ? "n/a" : ((double)value).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
