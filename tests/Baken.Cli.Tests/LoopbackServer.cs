using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Baken.Cli.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, answering every request with one canned
/// response and keeping what it received. The test project has no ASP.NET Core, and a listener
/// bound to port 0 needs no free-port guessing.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly int _status;
    private readonly string _contentType;
    private readonly string _body;
    private readonly string? _location;

    public LoopbackServer(int status, string contentType, string body, string? location = null)
    {
        (_status, _contentType, _body, _location) = (status, contentType, body, location);
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = ServeAsync();
    }

    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

    public Uri Address { get; }

    public List<Request> Requests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping interrupts the pending accept.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            var request = await ReadRequestAsync(stream);
            lock (Requests)
            {
                Requests.Add(request);
            }

            var body = Encoding.UTF8.GetBytes(_body);
            var head = new StringBuilder()
                .Append("HTTP/1.1 ").Append(_status).Append(" Canned\r\n")
                .Append("Content-Type: ").Append(_contentType).Append("\r\n")
                .Append("Content-Length: ").Append(body.Length).Append("\r\n")
                .Append(_location is null ? "" : $"Location: {_location}\r\n")
                .Append("Connection: close\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
        }
    }

    private async Task<Request> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer) && await stream.ReadAsync(one, _stop.Token) == 1)
        {
            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, _stop.Token);
        return new Request(parts[0], parts[1], headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}
