using System.CommandLine;
using Baken.Cli.Agent;

namespace Baken.Cli.Review;

/// <summary>
/// <c>baken review</c>: a reviewer at the care organisation rates generated notes (and, for
/// comparison, notes written by people) with PDQI-9 and "free from hallucination", at the keyboard.
/// The notes and the ratings file stay at the organisation; <c>baken review-summary</c> turns the
/// reviewers' files into the aggregate that may be submitted.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var notes = new Option<string>("--notes") { Description = "CSV with the generated (AI) notes to rate", Required = true };
        var human = new Option<string?>("--human") { Description = "optional CSV with notes written by care professionals, mixed in for comparison" };
        var idColumn = new Option<string>("--id-column") { Description = "column with the note's id", DefaultValueFactory = _ => "encounter_id" };
        var column = new Option<string>("--column") { Description = "column with the note text", DefaultValueFactory = _ => "note" };
        var rater = new Option<string>("--rater") { Description = "your name or code (to compute agreement between reviewers)", Required = true };
        var ratings = new Option<string>("--ratings") { Description = "your ratings file; created, or continued where you stopped", Required = true };
        var blind = new Option<bool>("--blind") { Description = "hide whether a note was generated or written by a person, and shuffle the order" };
        var protocol = new Option<string?>("--protocol") { Description = "a documentation protocol (file or id); blinds the review when the protocol says so" };
        var server = new Option<string?>("--server") { Description = "the platform's address, to fetch a protocol by id" };
        var token = new Option<string?>("--token") { Description = "API token for fetching the protocol (default: BAKEN_TOKEN)" };
        var command = new Command("review", "Rate notes with PDQI-9 and 'free from hallucination', keyboard only; ratings stay local");
        foreach (var option in new Option[] { notes, human, idColumn, column, rater, ratings, blind, protocol, server, token })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var blinded = parse.GetValue(blind);
            if (parse.GetValue(protocol) is { } fileOrId)
            {
                var loaded = await ProtocolSource.LoadAsync(fileOrId, parse.GetValue(server), parse.GetValue(token) ?? Environment.GetEnvironmentVariable("BAKEN_TOKEN"), ct, "documentation");
                if (loaded.Protocol is null)
                {
                    error.WriteLine(loaded.Error);
                    return 2;
                }

                blinded |= loaded.Protocol.BlindedReview;
            }

            var (generated, problem) = ReviewNotes.Read(parse.GetValue(notes)!, "ai", parse.GetValue(idColumn)!, parse.GetValue(column)!);
            var all = generated;
            if (problem is null && parse.GetValue(human) is { } humanPath)
            {
                (var written, problem) = ReviewNotes.Read(humanPath, "human", parse.GetValue(idColumn)!, parse.GetValue(column)!);
                all = [.. generated, .. written];
            }

            if (problem is not null)
            {
                error.WriteLine(problem);
                return 2;
            }

            var path = Path.GetFullPath(parse.GetValue(ratings)!);
            var name = parse.GetValue(rater)!.Trim();
            RatingsFile file;
            try
            {
                file = RatingsFile.Load(path, name, blinded);
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
            {
                error.WriteLine($"Cannot continue {path}: {e.Message}");
                return 2;
            }

            if (file.Rater != name)
            {
                error.WriteLine($"{path} holds the ratings of '{file.Rater}'; each reviewer keeps an own file.");
                return 2;
            }

            // Each reviewer gets an own, stable order, so order effects do not line up between reviewers.
            var seed = name.Aggregate(17, (h, c) => unchecked((h * 31) + c));
            var outcome = new ReviewSession(Console.In, output, TimeProvider.System).Run(all, file, path, seed);
            output.WriteLine();
            output.WriteLine(outcome.Stopped
                ? $"Gestopt: {outcome.Rated} beoordeeld, {outcome.Remaining} te gaan. Start dezelfde opdracht om verder te gaan."
                : $"Klaar: {outcome.Rated} beoordeeld. Ratings: {path}");
            return 0;
        });
        return command;
    }
}
