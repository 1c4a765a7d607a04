using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Gongkai.Testing;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// The application as <c>./gongkai serve --demo</c> runs it: its own process, a free loopback port, a fresh demo store
/// in a temporary folder, the samples imported; stopped (by its process id) when the tests end. Or, for the stateless
/// test, as <c>./gongkai serve [--demo]</c> on a store given (<see cref="OnStore"/>), whether or not chromium is installed.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-browser-").FullName;
    private readonly StringBuilder _output = new();
    private readonly string? _store;
    private readonly bool _demo = true;
    private Process? _process;

    /// <summary>The browser tests' server: a fresh demo store of its own.</summary>
    public LiveServer()
    {
    }

    private LiveServer(string store, bool demo)
    {
        _store = store;
        _demo = demo;
    }

    /// <summary>
    /// A server on <paramref name="store"/> (a PostgreSQL connection string or a SQLite file, given as <c>Gongkai__Db</c>
    /// as a deployment sets it); with <paramref name="demo"/> it imports the samples and creates the demo accounts there.
    /// </summary>
    public static LiveServer OnStore(string store, bool demo) => new(store, demo);

    public string Address { get; private set; } = "";

    /// <summary>What the server printed (its Chinese start lines with the demo logins).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (_store is null && !Chromium.IsInstalled && !TestTools.Required)
        {
            return;
        }

        Address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "gongkai-web.dll"), "--urls", Address },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        // Pages are compiled into the assembly; the static files are the source folder's wwwroot.
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepositoryRoot.Path, "src", "Gongkai.Web");
        start.Environment["Gongkai__Samples"] = RepositoryRoot.Samples;
        start.Environment["Gongkai__DemoFolder"] = _folder;
        // Every browser test signs in: more than the default ten attempts a minute from one address.
        start.Environment["Gongkai__LoginPermitsPerMinute"] = "1000";
        start.Environment.Remove(Gongkai.Store.Database.StoreLocation.EnvironmentVariable);
        if (_demo)
        {
            start.ArgumentList.Add("--demo");
        }

        if (_store is not null)
        {
            // From the environment, not the command line, as a deployment passes a connection string (docs/deploy.md).
            start.Environment["Gongkai__Db"] = _store;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"{Address}/public")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The application did not start at {Address}:\n{Output}");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
