namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>What a table strategy found on a page.</summary>
/// <param name="Tables">The tables found.</param>
/// <param name="Rest">The glyphs outside every table, in the order they were given, read as lines and paragraphs.</param>
public sealed record PageTables(IReadOnlyList<PageTable> Tables, IReadOnlyList<Glyph> Rest);
