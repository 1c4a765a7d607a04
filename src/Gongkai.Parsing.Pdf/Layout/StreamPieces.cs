using System.Text.RegularExpressions;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>A run of a line's glyphs that reads as one cell's text on that line.</summary>
internal sealed record StreamPiece(List<Glyph> Glyphs, string Text)
{
    public double Left => Glyphs[0].Left;

    public double Right => Glyphs[^1].Right;

    public double CenterX => (Left + Right) / 2;

    public bool IsNumber => StreamPieces.IsNumber(Text);
}

/// <summary>Cutting a line into pieces, and what a piece's text says (a figure, a numbering).</summary>
internal static partial class StreamPieces
{
    /// <summary>
    /// The line cut at gaps wider than <see cref="StreamOptions.PieceGap"/>, between digits at gaps wider than
    /// <see cref="LineOptions.NumberGap"/>, and at gaps wider than <see cref="StreamOptions.HeaderGap"/> across one
    /// of <paramref name="boundaries"/> (ascending x positions between columns).
    /// </summary>
    public static List<StreamPiece> Cut(GlyphLine line, StreamOptions options, IReadOnlyList<double>? boundaries = null)
    {
        line.Sort();
        var pieces = new List<StreamPiece>();
        var current = new List<Glyph>();
        var glyphs = line.Glyphs;
        for (var k = 0; k < glyphs.Count; k++)
        {
            var glyph = glyphs[k];
            if (current.Count > 0)
            {
                var before = current[^1];
                var gap = glyph.Left - before.Right;
                var size = line.GapSize(before, glyph);
                if (gap > options.PieceGap * size ||
                    GlyphLine.FiguresApart(before, glyph, gap, line.Options.NumberGap * size) ||
                    gap > options.HeaderGap * size && boundaries is not null && Crosses(boundaries, before.CenterX, glyph.CenterX) ||
                    gap > options.HeaderGap * size && StartsNumbering(glyphs, k))
                {
                    pieces.Add(Piece(current, line.Options));
                    current = [];
                }
            }

            current.Add(glyph);
        }

        if (current.Count > 0)
        {
            pieces.Add(Piece(current, line.Options));
        }

        return pieces;
    }

    /// <summary>Whether the text is one figure: a count, an amount (with 万元 or %), a signed change.</summary>
    public static bool IsNumber(string text) => Figure().IsMatch(text);

    /// <summary>Whether the text starts with a numbering (一、 （三） 1．; Kangxi radicals ⼀ ⼆ folded first, as some fonts map them), which starts a new label.</summary>
    public static bool IsNumbered(string text) => Numbering().IsMatch(CodePointFolding.Fold(text));

    /// <summary>Whether the text starts with a heading's numbering (一、 四．) or names an article (第二十条), as no header cell or wrapped label does.</summary>
    public static bool IsHeading(string text) => Heading().IsMatch(CodePointFolding.Fold(text));

    private static StreamPiece Piece(List<Glyph> glyphs, LineOptions options)
    {
        var line = new GlyphLine(glyphs[0], options);
        foreach (var glyph in glyphs.Skip(1))
        {
            line.Add(glyph);
        }

        return new StreamPiece(glyphs, string.Concat(line.Cells(double.MaxValue).Select(c => c.Text)));
    }

    // Whether a numbering (（一） 1．) starts at glyph k: after a gap, it starts the next cell's label, however narrow
    // the padding between the cells (三、本年度办理结果 set down a narrow column beside （一）予以公开).
    private static bool StartsNumbering(IReadOnlyList<Glyph> glyphs, int k)
    {
        var text = string.Concat(glyphs.Skip(k).Take(MaxNumberingGlyphs).Select(g => g.Value));
        return IsNumbered(text);
    }

    // Glyphs a numbering spans at most: （十二） and one letter after it.
    private const int MaxNumberingGlyphs = 6;

    private static bool Crosses(IReadOnlyList<double> boundaries, double from, double to)
    {
        foreach (var boundary in boundaries)
        {
            if (boundary > from && boundary < to)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[+\-−－]?\d+(?:[.,，]\d+)*(?:万元|亿元|元|%|％)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．.](?!\d))")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十百零〇\d]+[章节条部分])")]
    private static partial Regex Heading();
}
