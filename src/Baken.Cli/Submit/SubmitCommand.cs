using System.CommandLine;
using System.Text.Json.Nodes;
using System.Text.Json;
using Baken.Cli.Agent;

namespace Baken.Cli.Submit;

/// <summary>
/// <c>baken submit</c>: sends one result to the platform, signed with the organisation's key, after
/// the data owner has seen exactly what goes out and said yes. Exit codes: 0 accepted, 1 refused by
/// the server, 2 nothing was sent (local problem, privacy guard, declined, or no answer).
/// The token is never printed.
/// </summary>
internal static class SubmitCommand
{
    public static Command Create() => Create(Confirmation.Console);

    public static Command Create(Confirmation confirmation)
    {
        var file = new Argument<string>("result") { Description = "the result JSON written by 'baken validate --protocol ...'" };
        var server = new Option<string>("--server") { Description = "the platform's address, e.g. https://baken.example.nl", Required = true };
        var token = new Option<string?>("--token") { Description = "API token with the validation:submit scope (default: the BAKEN_TOKEN environment variable, which keeps it out of shell history)" };
        var key = new Option<string>("--key") { Description = "the organisation's private signing key", DefaultValueFactory = _ => SigningKeyFile.PrivateKeyName };
        var yes = new Option<bool>("--yes") { Description = "send without asking: you have reviewed this result" };
        var command = new Command("submit", "Sign a validation result and send it to the platform, after showing exactly what is sent");
        command.Arguments.Add(file);
        command.Options.Add(server);
        command.Options.Add(token);
        command.Options.Add(key);
        command.Options.Add(yes);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            var result = await ReadResultAsync(path, error, ct);
            if (result is null)
            {
                return 2;
            }

            // A documentation result is cut down to its aggregates here; what is shown, hashed and signed below is that copy.
            IReadOnlyList<string> problems;
            if (Documentation.DocumentationSubmission.IsDocumentation(result))
            {
                result = Documentation.DocumentationSubmission.Aggregates(result, out var documentationProblems) ?? result;
                problems = documentationProblems;
                if (problems.Count == 0)
                {
                    output.WriteLine("Documentation result: per-document figures, ids and sentences stay here; only the aggregates below are sent.");
                }
            }
            else
            {
                problems = ResultPrivacyGuard.Check(result);
            }

            if (problems.Count > 0)
            {
                error.WriteLine($"Refusing to send '{path}': it is not a plain aggregate result as 'baken validate' writes it.");
                foreach (var problem in problems.Take(20))
                {
                    error.WriteLine($"  {problem}");
                }

                return 2;
            }

            if (SubmissionPayload.ProtocolId(result) is not { } protocolId)
            {
                error.WriteLine("The result names no validation protocol (metadata.protocolId). The platform accepts only results computed " +
                    "for one of its protocols: run 'baken validate --protocol <file or id>' and submit that result.");
                return 2;
            }

            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("BAKEN_TOKEN");
            if (string.IsNullOrWhiteSpace(secret))
            {
                error.WriteLine("No API token: pass --token or set BAKEN_TOKEN.");
                return 2;
            }

            if (PlatformClient.ParseServer(parse.GetValue(server)!, out var serverError) is not { } baseUri)
            {
                error.WriteLine(serverError);
                return 2;
            }

            using var signingKey = SigningKeyFile.Load(parse.GetValue(key)!, out var keyError, out var keyWarning);
            if (signingKey is null)
            {
                error.WriteLine(keyError);
                return 2;
            }

            if (keyWarning is not null)
            {
                error.WriteLine(keyWarning);
            }

            var payload = SubmissionPayload.Serialize(SubmissionPayload.Build(result, protocolId, TimeProvider.System.GetUtcNow()));
            output.WriteLine($"This is exactly what will be signed and sent to {baseUri} (aggregate figures only, no rows):");
            output.WriteLine(SubmissionPayload.Display(payload));
            output.WriteLine($"Payload SHA-256: {SubmissionPayload.Hash(payload)}");

            if (!parse.GetValue(yes))
            {
                if (!confirmation.IsInteractive)
                {
                    error.WriteLine("Not sent: the data owner must approve each upload. Run this in a terminal to answer the question, " +
                        "or pass --yes after reviewing the result.");
                    return 2;
                }

                if (!confirmation.Ask(output, "Send this result?"))
                {
                    output.WriteLine("Not sent.");
                    return 2;
                }
            }

            return await SendAsync(baseUri, SubmissionPayload.Sign(payload, signingKey), secret, output, error, ct);
        });
        return command;
    }

    private static async Task<JsonObject?> ReadResultAsync(string path, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"The result file '{path}' does not exist.");
            return null;
        }

        try
        {
            if (JsonNode.Parse(await File.ReadAllBytesAsync(path, ct)) is JsonObject result)
            {
                return result;
            }
        }
        catch (JsonException)
        {
            // Same message as for valid JSON of the wrong shape.
        }

        error.WriteLine($"'{path}' is not a result JSON document as 'baken validate' writes it.");
        return null;
    }

    private static async Task<int> SendAsync(Uri server, string jws, string token, TextWriter output, TextWriter error, CancellationToken ct)
    {
        PlatformClient.Answer answer;
        try
        {
            answer = await PlatformClient.PostResultAsync(server, jws, token, ct);
        }
        catch (HttpRequestException e)
        {
            error.WriteLine($"Not sent: could not reach {server}: {e.Message}");
            return 2;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            // The server may have stored it just before the timeout; a resubmission with a new id
            // would then be a second copy, which is why this says to check rather than to retry.
            error.WriteLine($"No answer from {server} within {PlatformClient.Timeout.TotalSeconds:0} seconds. Check on the platform whether the result arrived before submitting again.");
            return 2;
        }

        if (!answer.IsSuccess)
        {
            foreach (var line in PlatformClient.DescribeProblem(answer))
            {
                error.WriteLine(line);
            }

            return 1;
        }

        var id = (string?)answer.Body?["id"];
        output.WriteLine($"Accepted ({answer.Status}){(id is null ? "" : $": result {id}")}.");
        if (answer.Location is not null)
        {
            output.WriteLine($"Location: {answer.Location}");
        }

        return 0;
    }
}
