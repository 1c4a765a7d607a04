using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gongkai.Store.Database;

namespace Gongkai.LoadBenchmarks;

/// <summary>
/// The published web application in its own process on a free loopback port against one store, as
/// <c>./gongkai serve --db STORE</c> runs it (through the launcher, which publishes <c>artifacts/web</c> when sources
/// changed, or <c>dotnet gongkai-web.dll</c> when a build is given). Stopped by its own process id.
/// </summary>
internal sealed class AppServer : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private AppServer(Process process, string address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Address { get; }

    /// <summary>CPU time the server process has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The server's peak resident memory in MB (Linux <c>VmHWM</c>), or <see langword="null"/> elsewhere.</summary>
    public double? PeakMemoryMb
    {
        get
        {
            var status = $"/proc/{_process.Id}/status";
            var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    /// <summary>The last lines the server printed (for a failure's message).</summary>
    public string Output
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    /// <summary>Creates the 系统管理员 account <paramref name="userName"/> with <c>serve --add-admin</c> (an existing one is kept).</summary>
    public static void AddAdministrator(LoadOptions options, StoreLocation store, string userName, string password)
    {
        var start = StartInfo(options, store, ["--add-admin", userName]);
        start.Environment["GONGKAI_ADMIN_PASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("serve --add-admin did not finish in 10 minutes");
        }

        // 0: created; 1: the account exists already (a reused store).
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"serve --add-admin exited with {process.ExitCode}: {output.Result}{error.Result}");
        }
    }

    /// <summary>Starts the application on <paramref name="store"/> and waits until it answers.</summary>
    public static async Task<AppServer> StartAsync(LoadOptions options, StoreLocation store)
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var server = new AppServer(Process.Start(StartInfo(options, store, ["--urls", address]))!, address);
        using var http = new HttpClient();
        // The launcher may publish the application first (a minute or two on this machine).
        var deadline = DateTime.UtcNow.AddMinutes(options.Application is null ? 10 : 2);
        while (DateTime.UtcNow < deadline && !server._process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"{address}/login"))).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        var output = server.Output;
        server.Dispose();
        throw new InvalidOperationException($"the application did not start at {address}:\n{output}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(LoadOptions options, StoreLocation store, string[] arguments)
    {
        var start = options.Application is { } dll
            ? new ProcessStartInfo("dotnet") { ArgumentList = { dll } }
            : new ProcessStartInfo(Path.Combine(options.Repository, "gongkai")) { ArgumentList = { "serve" } };
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(store.Engine == StoreEngine.Sqlite ? store.Display : store.ConnectionString);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        if (options.ContentRoot is { } root)
        {
            start.Environment["ASPNETCORE_CONTENTROOT"] = root;
        }

        // Fifty users sign in at once from one address: more than the login rate limit's default ten a minute.
        start.Environment["Gongkai__LoginPermitsPerMinute"] = "100000";
        start.Environment.Remove(StoreLocation.EnvironmentVariable);
        return start;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
