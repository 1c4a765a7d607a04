using Gongkai.Store.Database;

namespace Gongkai.Web.Hosting;

/// <summary>The application's settings, from the command line, the environment or appsettings.</summary>
public sealed record WebSettings
{
    /// <summary>The address served when none is configured (loopback only: an intranet server sets its own).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>The store: <c>--db</c> or the <c>Gongkai:Db</c> setting, else <c>GONGKAI_DB</c>, else the CLI's default file.</summary>
    public required StoreLocation Store { get; init; }

    /// <summary>Whether to start on a fresh demo store.</summary>
    public bool Demo { get; init; }

    /// <summary>Whether the store is the demo's own file, emptied on every start (no store was named).</summary>
    public bool FreshDemoStore { get; init; }

    /// <summary>The <c>samples/</c> folder the demo imports (<c>Gongkai:Samples</c>; the launcher sets it).</summary>
    public string? Samples { get; init; }

    /// <summary>Largest upload request in bytes, all files together (<c>Gongkai:MaxUploadMegabytes</c>, 200 by default).</summary>
    public long MaxUploadBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest file of an upload in bytes (<c>Gongkai:MaxFileMegabytes</c>, the upload use case's default otherwise).</summary>
    public long MaxFileBytes { get; init; } = Application.Importing.UploadOptions.DefaultMaxFileBytes;

    /// <summary>Reads the settings; <paramref name="configuration"/> holds the command line's <c>--db</c> as <c>db</c>.</summary>
    /// <exception cref="ArgumentException">The store named cannot be used (Chinese message, as the CLI says it).</exception>
    public static WebSettings From(IConfiguration configuration, bool demo)
    {
        var samples = configuration["Gongkai:Samples"];
        var db = configuration["db"] ?? configuration["Gongkai:Db"];
        var fresh = demo && db is null;
        if (fresh)
        {
            // The demo never touches a real store: its own file (the launcher puts it under artifacts/demo), new each start.
            var folder = configuration["Gongkai:DemoFolder"] ?? Path.Combine(Path.GetTempPath(), "gongkai-demo");
            Directory.CreateDirectory(folder);
            db = Path.Combine(folder, "demo.db");
        }

        const long megabyte = 1024 * 1024;
        var defaults = new WebSettings { Store = StoreLocation.Resolve(db) };
        return defaults with
        {
            Demo = demo,
            FreshDemoStore = fresh,
            Samples = samples,
            MaxUploadBytes = configuration.GetValue<long?>("Gongkai:MaxUploadMegabytes") is { } upload ? upload * megabyte : defaults.MaxUploadBytes,
            MaxFileBytes = configuration.GetValue<long?>("Gongkai:MaxFileMegabytes") is { } file ? file * megabyte : defaults.MaxFileBytes,
        };
    }
}
