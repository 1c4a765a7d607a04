namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Groups glyphs into lines, top to bottom.</summary>
internal static class LineBuilder
{
    public static List<GlyphLine> Build(IEnumerable<Glyph> glyphs, LineOptions? options = null)
    {
        options ??= LineOptions.Default;
        var lines = new List<GlyphLine>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.CenterY).ThenBy(g => g.Left))
        {
            GlyphLine? home = null;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - options.LookBack; i--)
            {
                if (lines[i].Takes(glyph))
                {
                    home = lines[i];
                    break;
                }
            }

            if (home is null)
            {
                lines.Add(new GlyphLine(glyph, options));
            }
            else
            {
                home.Add(glyph);
            }
        }

        foreach (var line in lines)
        {
            line.Sort();
        }

        return lines;
    }
}
