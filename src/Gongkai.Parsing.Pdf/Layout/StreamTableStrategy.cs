namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Tables drawn with rules first (the inner strategy, by default <see cref="LatticeTableStrategy"/>), then tables
/// without rules among the glyphs left over (tabula's "stream"): rows of figures anchor the table, the figures'
/// x-ranges give the value columns, labels wrapped over several lines join the row they belong to, and header
/// letters go to the column under which they stand (<see cref="StreamTableDetector"/>).
/// </summary>
public sealed class StreamTableStrategy : ITableStrategy
{
    /// <summary>A strategy reading unruled tables with <paramref name="options"/> after <paramref name="inner"/>.</summary>
    public StreamTableStrategy(ITableStrategy inner, StreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        Inner = inner;
        Options = options;
    }

    /// <summary>The lattice strategy with its defaults, then this one with <see cref="StreamOptions.Default"/>.</summary>
    public static StreamTableStrategy Default { get; } = new(LatticeTableStrategy.Default, StreamOptions.Default);

    /// <summary>The strategy that reads the ruled tables first.</summary>
    public ITableStrategy Inner { get; }

    /// <summary>The thresholds this strategy uses.</summary>
    public StreamOptions Options { get; }

    /// <inheritdoc />
    public PageTables Find(PageContent page, ILineBuilder lines)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(lines);
        var ruled = Inner.Find(page, lines);
        var (tables, rest, restLines) = StreamTableDetector.Detect(ruled.Rest, lines, Options);
        return tables.Count == 0 ? ruled with { RestLines = restLines } : new PageTables([.. ruled.Tables, .. tables], rest);
    }
}
