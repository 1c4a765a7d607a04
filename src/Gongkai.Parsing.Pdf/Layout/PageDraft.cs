namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// A page laid out but not yet finished: its tables (and picture) as items, its other lines not yet joined into
/// paragraphs, because which of them are running headers and footers shows only across the document's pages.
/// </summary>
/// <param name="Width">The page's width as displayed.</param>
/// <param name="Height">The page's height as displayed.</param>
/// <param name="Items">The tables, and the picture of a page without text.</param>
/// <param name="Tables">The tables as the strategy found them (paragraphs never join across one).</param>
/// <param name="Lines">The lines outside tables, top to bottom.</param>
/// <param name="Glyphs">How many glyphs the page has.</param>
/// <param name="InvisibleGlyphs">How many of them are drawn invisibly (text rendering mode 3): an OCR text layer.</param>
/// <param name="Images">How many images the page draws.</param>
internal sealed record PageDraft(double Width, double Height, IReadOnlyList<PageItem> Items, IReadOnlyList<PageTable> Tables, IReadOnlyList<GlyphLine> Lines, int Glyphs, int InvisibleGlyphs, int Images);
