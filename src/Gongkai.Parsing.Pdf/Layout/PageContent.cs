namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>What the layout steps see of a page, in display coordinates (points, origin bottom left, y up).</summary>
/// <param name="Glyphs">The page's letters, in content order.</param>
/// <param name="Rulings">The page's ruling lines, as the ruling detector found them.</param>
/// <param name="Width">The page's width as displayed.</param>
/// <param name="Height">The page's height as displayed.</param>
public sealed record PageContent(IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Ruling> Rulings, double Width, double Height);
