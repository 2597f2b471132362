using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Validation;

namespace Baken.Cli.Agent;

/// <summary>
/// Finds the protocol named by <c>--protocol</c>: a file as the platform lets you download it, or a
/// protocol id fetched from the platform. Problems come back as a message, never as an exception.
/// </summary>
internal static class ProtocolSource
{
    public sealed record Loaded(ProtocolDocument? Protocol, string? Error);

    public static async Task<Loaded> LoadAsync(string fileOrId, string? server, string? token, CancellationToken ct, string taskType = "classification")
    {
        if (File.Exists(fileOrId))
        {
            return Parse(await File.ReadAllTextAsync(fileOrId, ct), $"the protocol file '{fileOrId}'", taskType);
        }

        if (!Guid.TryParse(fileOrId, out var id))
        {
            return new(null, $"--protocol '{fileOrId}' is neither an existing file nor a protocol id.");
        }

        if (server is null)
        {
            return new(null, $"To fetch protocol {id}, also pass --server (the platform's address), or pass the downloaded protocol file.");
        }

        if (PlatformClient.ParseServer(server, out var serverError) is not { } baseUri)
        {
            return new(null, serverError);
        }

        PlatformClient.Answer answer;
        try
        {
            answer = await PlatformClient.GetProtocolAsync(baseUri, id, token, ct);
        }
        catch (HttpRequestException e)
        {
            return new(null, $"Could not reach {baseUri}: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, $"{baseUri} did not answer within {PlatformClient.Timeout.TotalSeconds:0} seconds.");
        }

        if (!answer.IsSuccess)
        {
            return new(null, $"Could not fetch protocol {id}. " + string.Join(Environment.NewLine, PlatformClient.DescribeProblem(answer)));
        }

        var loaded = Parse(answer.Text ?? "", $"protocol {id} from {baseUri}", taskType);
        return loaded.Protocol is { } p && p.Id != id
            ? new(null, $"The server sent protocol {p.Id} when asked for {id}.")
            : loaded;
    }

    /// <summary>Reads the document; also accepts it wrapped as <c>{"document": {...}}</c>, as an API resource may be.</summary>
    public static Loaded Parse(string json, string source, string taskType = "classification")
    {
        try
        {
            var node = JsonNode.Parse(json);
            if (node is JsonObject { } o && o["document"] is JsonObject inner && o["schema"] is null)
            {
                node = inner;
            }

            var protocol = node.Deserialize<ProtocolDocument>(BakenJson.Options);
            if (protocol is null || protocol.Schema != ProtocolDocument.SchemaName)
            {
                return new(null, $"{Capitalise(source)} is not a validation protocol (expected schema '{ProtocolDocument.SchemaName}').");
            }

            if (protocol.TaskType != taskType)
            {
                return new(null, $"{Capitalise(source)} is for task type '{protocol.TaskType}'; this command handles '{taskType}'.");
            }

            return new(protocol, null);
        }
        catch (JsonException e)
        {
            return new(null, $"{Capitalise(source)} is not valid protocol JSON: {BakenJson.Describe(e)} (at {BakenJson.FieldPath(e.Path)})");
        }
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
