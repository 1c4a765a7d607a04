namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>What a table strategy found on a page.</summary>
/// <param name="Tables">The tables found.</param>
/// <param name="Rest">The glyphs outside every table, in the order they were given, read as lines and paragraphs.</param>
public sealed record PageTables(IReadOnlyList<PageTable> Tables, IReadOnlyList<Glyph> Rest)
{
    /// <summary>
    /// <see cref="Rest"/> as lines, when the strategy has already built them with the pipeline's line builder: the
    /// page's lines are then these, not built a second time (null: the layout builds them).
    /// </summary>
    public IReadOnlyList<GlyphLine>? RestLines { get; init; }
}
