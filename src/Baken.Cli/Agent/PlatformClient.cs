using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Engine.Metrics;

namespace Baken.Cli.Agent;

/// <summary>The agent's conversation with the Baken platform: fetch a protocol, post a signed result.</summary>
internal static class PlatformClient
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // One client for the process: connections are pooled, and the lifetime makes DNS changes count.
    private static readonly HttpClient Http = CreateClient();

    /// <summary>The platform's answer: status, Location header and JSON body (when it sent one).</summary>
    public sealed record Answer(int Status, string? Location, JsonObject? Body, string? Text)
    {
        public bool IsSuccess => Status is >= 200 and < 300;
    }

    /// <summary>
    /// The server's base address. Plain http is refused except to this machine: the bearer token and
    /// the protocol would otherwise travel readable and alterable.
    /// </summary>
    public static Uri? ParseServer(string text, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            error = $"'{text}' is not a server address; use e.g. https://baken.example.nl.";
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            error = $"Refusing plain http to {uri.Host}: use https:// (http is allowed only to localhost).";
            return null;
        }

        // A trailing slash makes relative paths append to a base path such as https://host/baken/.
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    public static Task<Answer> GetProtocolAsync(Uri server, Guid id, string? token, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, $"api/v1/validation-protocols/{id}"));
        return SendAsync(request, token, ct);
    }

    public static Task<Answer> GetMonitoringPlanAsync(Uri server, Guid id, string? token, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, $"api/v1/monitoring-plans/{id}"));
        return SendAsync(request, token, ct);
    }

    public static Task<Answer> PostResultAsync(Uri server, string jws, string token, CancellationToken ct)
    {
        var body = new JsonObject { ["jws"] = jws }.ToJsonString();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "api/v1/validation-results"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return SendAsync(request, token, ct);
    }

    /// <summary>A problem+json answer as lines for the terminal: title, detail and each field error.</summary>
    public static IEnumerable<string> DescribeProblem(Answer answer)
    {
        if (answer.Body is not { } problem)
        {
            yield return $"The server answered {answer.Status}{(string.IsNullOrWhiteSpace(answer.Text) ? "." : ": " + Shorten(answer.Text))}";
            yield break;
        }

        yield return $"The server refused it ({answer.Status}): {(string?)problem["title"] ?? "no title"}";
        if ((string?)problem["detail"] is { Length: > 0 } detail)
        {
            yield return "  " + detail;
        }

        if (problem["errors"] is JsonObject errors)
        {
            foreach (var (field, messages) in errors)
            {
                var text = messages is JsonArray list ? string.Join(" ", list.Select(m => m?.ToString())) : messages?.ToString();
                yield return $"  {field}: {text}";
            }
        }
    }

    private static async Task<Answer> SendAsync(HttpRequestMessage request, string? token, CancellationToken ct)
    {
        using (request)
        {
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await Http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            JsonObject? body = null;
            if (response.Content.Headers.ContentType?.MediaType is { } type && type.EndsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    body = JsonNode.Parse(text) as JsonObject;
                }
                catch (JsonException)
                {
                    // Shown as text below: a proxy's error page must not hide what went wrong.
                }
            }

            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(request.RequestUri!, l)).ToString() : null;
            return new Answer((int)response.StatusCode, location, body, text);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout };
        client.DefaultRequestHeaders.UserAgent.TryParseAdd("baken/" + ClassifierValidator.EngineVersion.Split('+')[0]);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        client.DefaultRequestHeaders.Accept.ParseAdd("application/problem+json");
        return client;
    }
}
