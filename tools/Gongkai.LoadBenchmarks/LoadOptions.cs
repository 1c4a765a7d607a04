namespace Gongkai.LoadBenchmarks;

/// <summary>What to measure: the synthetic province's size, the load, and the application to start.</summary>
internal sealed record LoadOptions
{
    /// <summary>The province's seed: same seed and size, same reports, same cached store.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>About how many units (the synthetic province needs at least 40).</summary>
    public int Units { get; init; } = 1000;

    /// <summary>How many years of reports, ending with the latest.</summary>
    public int Years { get; init; } = 10;

    /// <summary>Concurrent virtual users, each with its own connection and signed-in cookie.</summary>
    public int Users { get; init; } = 50;

    /// <summary>
    /// A user's mean pause between an answer and its next request (drawn uniformly from half to one and a half times
    /// it), as someone reading the page; <see cref="TimeSpan.Zero"/> (the default) asks again at once, which keeps
    /// <see cref="Users"/> requests in flight all the time: the server's saturation, not a user's pace.
    /// </summary>
    public TimeSpan Think { get; init; } = TimeSpan.Zero;

    /// <summary>How long each page is measured.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long each page is requested before measuring (excluded from the figures).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The repository checkout (the launcher, the default cache folder).</summary>
    public required string Repository { get; init; }

    /// <summary>Where generated provinces and their SQLite stores are kept between runs (keyed by seed and size).</summary>
    public required string CacheFolder { get; init; }

    /// <summary>A PostgreSQL store to measure besides SQLite (<c>--db</c>), or <see langword="null"/>.</summary>
    public string? Postgres { get; init; }

    /// <summary>
    /// A PostgreSQL server where a database per seed and size may be created (<c>GONGKAI_TEST_PG</c>), or
    /// <see langword="null"/>. Ignored when <see cref="Postgres"/> names a database.
    /// </summary>
    public string? PostgresServer { get; init; }

    /// <summary>Measure only the PostgreSQL store, not SQLite (<c>--only-db</c>).</summary>
    public bool PostgresOnly { get; init; }

    /// <summary>
    /// The published application's <c>gongkai-web.dll</c> to start with <c>dotnet</c>; <see langword="null"/> to start
    /// it through the launcher (<c>./gongkai serve</c>, which publishes it into <c>artifacts/web</c> when needed).
    /// </summary>
    public string? Application { get; init; }

    /// <summary>The content root (static files) for <see cref="Application"/>; the launcher sets its own.</summary>
    public string? ContentRoot { get; init; }
}
