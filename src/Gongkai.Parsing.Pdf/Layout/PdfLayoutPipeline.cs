namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// The layout steps a PDF page goes through, each swappable: rulings are detected, the table strategy takes the
/// glyphs in its tables, and the line builder groups the rest (and each cell's text) into lines. The default is
/// today's reading; a new family of documents plugs in its own step, or the same steps with other options.
/// </summary>
/// <example><c>PdfLayoutPipeline.Default with { Lines = new BaselineLineBuilder(LineOptions.Default with { ColumnGap = 3 }) }</c></example>
public sealed record PdfLayoutPipeline
{
    /// <summary>Today's steps with their default options.</summary>
    public static PdfLayoutPipeline Default { get; } = new();

    /// <summary>Finds the table borders.</summary>
    public IRulingDetector Rulings { get; init; } = PathRulingDetector.Default;

    /// <summary>Finds the tables and reads their cells: ruled ones, then those without rules.</summary>
    public ITableStrategy Tables { get; init; } = StreamTableStrategy.Default;

    /// <summary>Groups glyphs into lines; its lines cut cells at wide gaps (tables drawn without rules).</summary>
    public ILineBuilder Lines { get; init; } = BaselineLineBuilder.Default;
}
