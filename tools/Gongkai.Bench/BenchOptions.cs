using System.Globalization;

namespace Gongkai.Bench;

/// <summary>The command line of <c>gongkai bench</c> (docs/performance.md, "How to run").</summary>
internal sealed record BenchOptions
{
    /// <summary>Files per format for the parse, check and SQLite import rows (default 1,000).</summary>
    public int Reports { get; init; } = 1000;

    /// <summary>Reports in the roll-up, audit and export store (default 100,000: 10,000 units × 10 years).</summary>
    public int StoreReports { get; init; } = 100_000;

    /// <summary>Distinct PDFs printed by LibreOffice; the parse folder holds copies of them up to <see cref="Reports"/>.</summary>
    public int DistinctPdfs { get; init; } = 20;

    /// <summary>Runs per row; the median is reported.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>The folder of cached inputs and scratch files.</summary>
    public required string Work { get; init; }

    /// <summary>The folder of the build under test (a native <c>gongkai</c> or <c>gongkai.dll</c>, <see cref="CliBuild"/>).</summary>
    public required string Cli { get; init; }

    /// <summary>An earlier build to run row by row alternating with <see cref="Cli"/>.</summary>
    public string? Before { get; init; }

    /// <summary>A PostgreSQL server where databases may be created (<c>--pg</c> or <c>GONGKAI_BENCH_PG</c>).</summary>
    public string? Postgres { get; init; }

    /// <summary>Row ids or prefixes to run (<c>--only parse-text,rollup</c>); empty: all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Where to write the Markdown report as well.</summary>
    public string? Markdown { get; init; }

    /// <summary>Reports of the PostgreSQL import row: ten times <see cref="Reports"/> (10,000 by default), as the issue measures.</summary>
    public int PostgresImportReports => Reports * 10;

    /// <summary>Parses <paramref name="args"/>; returns a Chinese message instead when they are wrong.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string root)
    {
        var quick = args.Contains("--quick");
        var options = new BenchOptions
        {
            Work = Path.Combine(root, "artifacts", "bench"),
            Cli = Path.Combine(root, "artifacts", "cli"),
            Postgres = Environment.GetEnvironmentVariable("GONGKAI_BENCH_PG") is { Length: > 0 } pg ? pg : null,
        };
        if (quick)
        {
            options = options with { Reports = 20, StoreReports = 500, DistinctPdfs = 2, Runs = 1 };
        }

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--quick")
            {
                continue;
            }

            if (i + 1 >= args.Count || !name.StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"无法识别的参数：{name}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--reports": options = options with { Reports = Positive(value, name, out var e1) }; if (e1 is not null) { return (null, e1); } break;
                case "--store-reports": options = options with { StoreReports = Positive(value, name, out var e2) }; if (e2 is not null) { return (null, e2); } break;
                case "--pdfs": options = options with { DistinctPdfs = Positive(value, name, out var e3) }; if (e3 is not null) { return (null, e3); } break;
                case "--runs": options = options with { Runs = Positive(value, name, out var e4) }; if (e4 is not null) { return (null, e4); } break;
                case "--work": options = options with { Work = Path.GetFullPath(value) }; break;
                case "--cli": options = options with { Cli = Path.GetFullPath(value) }; break;
                case "--before": options = options with { Before = Path.GetFullPath(value) }; break;
                case "--pg": options = options with { Postgres = value }; break;
                case "--only": options = options with { Only = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] }; break;
                case "--markdown": options = options with { Markdown = Path.GetFullPath(value) }; break;
                default: return (null, $"无法识别的选项：{name}");
            }
        }

        return (options, null);
    }

    /// <summary>Whether row <paramref name="id"/> is asked for (an id or a prefix of one in <see cref="Only"/>).</summary>
    public bool Wants(string id) => Only.Count == 0 || Only.Any(o => id.StartsWith(o, StringComparison.Ordinal));

    private static int Positive(string value, string name, out string? error)
    {
        error = null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        error = $"选项 {name} 需要正整数，而不是 {value}";
        return 0;
    }
}
