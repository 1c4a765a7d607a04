using System.Text;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Glyphs that share a baseline, left to right.</summary>
internal sealed class GlyphLine
{
    private readonly List<Glyph> _glyphs = [];

    public GlyphLine(Glyph first)
    {
        Add(first);
    }

    public IReadOnlyList<Glyph> Glyphs => _glyphs;

    public double Top { get; private set; } = double.MinValue;

    public double Bottom { get; private set; } = double.MaxValue;

    public double Left => _glyphs.Min(g => g.Left);

    public double Right => _glyphs.Max(g => g.Right);

    public double FontSize => _glyphs.Count == 0 ? 0 : _glyphs.Average(g => g.FontSize);

    public void Add(Glyph glyph)
    {
        _glyphs.Add(glyph);
        Top = Math.Max(Top, glyph.Top);
        Bottom = Math.Min(Bottom, glyph.Bottom);
    }

    /// <summary>Whether the glyph sits on this line: its vertical middle lies within the line's band.</summary>
    public bool Takes(Glyph glyph)
    {
        var middle = glyph.CenterY;
        var band = Math.Max(1, (Top - Bottom) * 0.15);
        return middle >= Bottom - band && middle <= Top + band && glyph.Height <= (Top - Bottom) * 2.5 + 2;
    }

    public void Sort() => _glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));

    /// <summary>
    /// The line cut where the gap between glyphs is wider than <paramref name="cellGap"/> times the font size
    /// (whitespace between table columns); each part's text joins Chinese directly and puts a space between Latin
    /// words.
    /// </summary>
    public List<(string Text, double Left, double Right)> Cells(double cellGap)
    {
        Sort();
        var cells = new List<(string, double, double)>();
        var text = new StringBuilder();
        var left = 0.0;
        Glyph? previous = null;
        foreach (var glyph in _glyphs)
        {
            if (previous is { } before)
            {
                var gap = glyph.Left - before.Right;
                var size = Math.Max(4, Math.Max(before.FontSize, glyph.FontSize));
                if (gap > cellGap * size)
                {
                    cells.Add((text.ToString(), left, before.Right));
                    text.Clear();
                    left = glyph.Left;
                }
                else if (gap > size * 0.25 && before.Value.Length > 0 && glyph.Value.Length > 0 && WrappedText.NeedsSpace(before.Value[^1], glyph.Value[0]))
                {
                    text.Append(' ');
                }
            }
            else
            {
                left = glyph.Left;
            }

            text.Append(glyph.Value);
            previous = glyph;
        }

        if (previous is { } last)
        {
            cells.Add((text.ToString(), left, last.Right));
        }

        return cells;
    }

}
