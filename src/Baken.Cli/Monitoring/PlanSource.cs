using Baken.Cli.Agent;
using Baken.Engine.Monitoring;

namespace Baken.Cli.Monitoring;

/// <summary>
/// Finds the plan named by <c>--plan</c>: a plan.json file, or a plan id fetched from the platform
/// (<c>GET /api/v1/monitoring-plans/{id}</c>, the same JSON, possibly wrapped as <c>{"document": ...}</c>).
/// Problems come back as messages, never as exceptions.
/// </summary>
internal static class PlanSource
{
    public sealed record Loaded(MonitoringPlan? Plan, IReadOnlyList<string> Errors);

    public static async Task<Loaded> LoadAsync(string fileOrId, string? server, string? token, CancellationToken ct)
    {
        if (File.Exists(fileOrId))
        {
            return Parse(await File.ReadAllTextAsync(fileOrId, ct), $"The plan file '{fileOrId}'");
        }

        if (!Guid.TryParse(fileOrId, out var id))
        {
            return Failed($"--plan '{fileOrId}' is neither an existing file nor a plan id.");
        }

        if (server is null)
        {
            return Failed($"To fetch plan {id}, also pass --server (the platform's address), or pass the plan file.");
        }

        if (PlatformClient.ParseServer(server, out var serverError) is not { } baseUri)
        {
            return Failed(serverError!);
        }

        PlatformClient.Answer answer;
        try
        {
            answer = await PlatformClient.GetMonitoringPlanAsync(baseUri, id, token, ct);
        }
        catch (HttpRequestException e)
        {
            return Failed($"Could not reach {baseUri}: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed($"{baseUri} did not answer within {PlatformClient.Timeout.TotalSeconds:0} seconds.");
        }

        if (!answer.IsSuccess)
        {
            return new(null, [$"Could not fetch plan {id}.", .. PlatformClient.DescribeProblem(answer)]);
        }

        var json = answer.Body?["document"] is { } document ? document.ToJsonString() : answer.Text ?? "";
        return Parse(json, $"Plan {id} from {baseUri}");
    }

    private static Loaded Parse(string json, string source)
    {
        var (plan, errors) = MonitoringPlanJson.Parse(json);
        return plan is not null ? new(plan, []) : new(null, [$"{source} is not a usable monitoring plan:", .. errors.Select(e => "  " + e)]);
    }

    private static Loaded Failed(string message) => new(null, [message]);
}
