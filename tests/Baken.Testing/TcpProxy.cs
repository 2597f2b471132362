using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Baken.Testing;

/// <summary>
/// A loopback TCP forwarder to put between the application and its database, so a test can take
/// the database away and bring it back. <see cref="Stop"/> closes the listener and every open
/// connection (new connections are then refused); <see cref="Start"/> listens again on the same port.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _stopping;
    private Task? _acceptLoop;
    private int _accepted;

    public TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
    }

    /// <summary>The loopback port the proxy listens on; fixed after the first <see cref="Start"/>.</summary>
    public int Port { get; private set; }

    public string Host => IPAddress.Loopback.ToString();

    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _listener is not null;
            }
        }
    }

    /// <summary>Connections accepted since the proxy was created.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public void Start()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            var listener = new TcpListener(IPAddress.Loopback, Port);
            // The proxy closes connections itself, which leaves them in TIME_WAIT on this port.
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
            _stopping = new CancellationTokenSource();
            var token = _stopping.Token;
            // On the thread pool, away from any test synchronization context that Stop() blocks on.
            _acceptLoop = Task.Run(() => AcceptLoopAsync(listener, token));
        }
    }

    /// <summary>Stops listening and cuts every open connection, as a database crash would.</summary>
    public void Stop()
    {
        Task? acceptLoop;
        lock (_gate)
        {
            if (_listener is null)
            {
                return;
            }

            _stopping!.Cancel();
            _listener.Stop();
            _listener = null;
            acceptLoop = _acceptLoop;
            _acceptLoop = null;
            _stopping.Dispose();
            _stopping = null;
        }

        foreach (var socket in _sockets.Keys)
        {
            Close(socket);
        }

        try
        {
            acceptLoop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; how it ended does not matter.
        }

        // A connection accepted while stopping is closed here too.
        foreach (var socket in _sockets.Keys)
        {
            Close(socket);
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            _sockets.TryAdd(client, 0);
            if (ct.IsCancellationRequested)
            {
                Close(client);
                return;
            }

            _ = ForwardAsync(client, ct);
        }
    }

    private async Task ForwardAsync(Socket client, CancellationToken ct)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _sockets.TryAdd(server, 0);
        client.NoDelay = true;
        try
        {
            var target = IPAddress.TryParse(_targetHost, out var address)
                ? new IPEndPoint(address, _targetPort)
                : (EndPoint)new DnsEndPoint(_targetHost, _targetPort);
            await server.ConnectAsync(target, ct);
            // When either side ends, both connections close: nothing half-open survives.
            await Task.WhenAny(PumpAsync(client, server, ct), PumpAsync(server, client, ct));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The target refused or the proxy stopped: the client sees its connection close.
        }
        finally
        {
            Close(client);
            Close(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, ct);
                if (read == 0)
                {
                    return;
                }

                var sent = 0;
                while (sent < read)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, ct);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Either side went away.
        }
    }

    private void Close(Socket socket)
    {
        _sockets.TryRemove(socket, out _);
        try
        {
            // Linger 0 resets the connection, so the peer fails at once instead of waiting.
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        socket.Dispose();
    }
}
