namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>The layout step that groups glyphs into lines: used for the text outside tables and for the text inside each table cell.</summary>
public interface ILineBuilder
{
    /// <summary>The glyphs' lines, top to bottom, each with its glyphs left to right.</summary>
    IReadOnlyList<GlyphLine> Build(IEnumerable<Glyph> glyphs);
}
