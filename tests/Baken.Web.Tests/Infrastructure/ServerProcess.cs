using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Baken.Testing;

namespace Baken.Web.Tests.Infrastructure;

/// <summary>
/// The real server as its own OS process (<c>dotnet Baken.Web.dll</c>) on a free loopback port, in
/// Production, on the given test database; so a test can kill it as hard as a crash would.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private const int OutputLines = 200;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server wrote to stdout and stderr, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Baken.Web.dll as built in the same configuration as this test assembly.</summary>
    public static string WebDll()
    {
        var testAssembly = typeof(ServerProcess).Assembly.Location;
        var separator = Path.DirectorySeparatorChar;
        var configuration = testAssembly.Contains($"{separator}bin{separator}Release{separator}", StringComparison.Ordinal) ? "Release"
            : testAssembly.Contains($"{separator}bin{separator}Debug{separator}", StringComparison.Ordinal) ? "Debug"
            : throw new InvalidOperationException($"Cannot tell the build configuration from the test assembly's path '{testAssembly}' (expected /bin/Release/ or /bin/Debug/).");

        var root = new DirectoryInfo(Path.GetDirectoryName(testAssembly)!);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Baken.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No folder above '{testAssembly}' holds Baken.slnx; cannot find the repository root.");
        }

        var dll = Path.Combine(root.FullName, "src", "Baken.Web", "bin", configuration, "net10.0", "Baken.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The server is not built: '{dll}' is missing. Run: dotnet build src/Baken.Web -c {configuration}");
        }

        return dll;
    }

    /// <summary>Starts the server on the database and waits until <c>/health</c> answers.</summary>
    public static async Task<ServerProcess> StartAsync(TestDatabase database, TimeSpan? timeout = null)
    {
        var dll = WebDll();
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        // The muxer that runs these tests, when dotnet test says which; else the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["Baken__Demo"] = "false";
        foreach (var (key, value) in database.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitForHealthAsync(timeout ?? TimeSpan.FromSeconds(45));
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>SIGKILL to the server and its children: no shutdown code runs.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It already exited.
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task WaitForHealthAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before answering /health. Output:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server did not answer /health within {timeout.TotalSeconds:0} s. Output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
