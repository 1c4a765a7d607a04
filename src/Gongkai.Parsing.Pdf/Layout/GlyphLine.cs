using System.Text;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Glyphs that share a baseline, left to right.</summary>
public sealed class GlyphLine
{
    private readonly List<Glyph> _glyphs = [];
    private double _topSum;
    private double _bottomSum;
    private bool _sorted;

    /// <summary>A line of one glyph, with today's thresholds.</summary>
    public GlyphLine(Glyph first)
        : this(first, LineOptions.Default)
    {
    }

    /// <summary>A line of one glyph, which takes glyphs and cuts cells by <paramref name="options"/>.</summary>
    public GlyphLine(Glyph first, LineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Add(first);
    }

    /// <summary>The thresholds this line takes glyphs and cuts cells by.</summary>
    public LineOptions Options { get; }

    /// <summary>The glyphs, left to right once <see cref="Sort"/> has run.</summary>
    public IReadOnlyList<Glyph> Glyphs => _glyphs;

    /// <summary>The highest glyph top.</summary>
    public double Top { get; private set; } = double.MinValue;

    /// <summary>The lowest glyph bottom.</summary>
    public double Bottom { get; private set; } = double.MaxValue;

    /// <summary>The leftmost glyph edge.</summary>
    public double Left => _glyphs.Min(g => g.Left);

    /// <summary>The rightmost glyph edge.</summary>
    public double Right => _glyphs.Max(g => g.Right);

    /// <summary>The glyphs' mean font size.</summary>
    public double FontSize => _glyphs.Count == 0 ? 0 : _glyphs.Average(g => g.FontSize);

    /// <summary>Puts the glyph on this line.</summary>
    public void Add(Glyph glyph)
    {
        _glyphs.Add(glyph);
        _sorted = false;
        _topSum += glyph.Top;
        _bottomSum += glyph.Bottom;
        Top = Math.Max(Top, glyph.Top);
        Bottom = Math.Min(Bottom, glyph.Bottom);
    }

    /// <summary>
    /// Whether the glyph sits on this line: its vertical middle lies within the line's band, the mean of its glyphs'
    /// boxes (not their union, which a glyph set half a row off would widen until the next row's glyphs join too: a
    /// label centred beside two rows of a table without rules).
    /// </summary>
    public bool Takes(Glyph glyph)
    {
        var middle = glyph.CenterY;
        var (top, bottom) = (_topSum / _glyphs.Count, _bottomSum / _glyphs.Count);
        var band = Math.Max(Options.MinBandTolerance, (top - bottom) * Options.BandTolerance);
        return middle >= bottom - band && middle <= top + band && glyph.Height <= (Top - Bottom) * Options.MaxHeightRatio + Options.HeightAllowance;
    }

    /// <summary>Orders the glyphs left to right, once: a line read again (cells, pieces, chrome) keeps its order, ties included.</summary>
    public void Sort()
    {
        if (!_sorted)
        {
            _glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
            _sorted = true;
        }
    }

    /// <summary>
    /// The line cut into cells at gaps wider than its options' <see cref="LineOptions.ColumnGap"/>, and between two
    /// digits at gaps wider than <see cref="LineOptions.NumberGap"/> (adjacent figures of narrow columns never glue).
    /// </summary>
    public List<(string Text, double Left, double Right)> Cells() => Cells(Options.ColumnGap, Options.NumberGap);

    /// <summary>
    /// The line cut where the gap between glyphs is wider than <paramref name="cellGap"/> times the font size
    /// (whitespace between table columns); each part's text joins Chinese directly and puts a space between Latin
    /// words.
    /// </summary>
    public List<(string Text, double Left, double Right)> Cells(double cellGap) => Cells(cellGap, cellGap);

    /// <summary>
    /// The line cut where the gap between glyphs is wider than <paramref name="cellGap"/> times the font size, or,
    /// between a digit and a digit, wider than <paramref name="numberGap"/> times the font size.
    /// </summary>
    public List<(string Text, double Left, double Right)> Cells(double cellGap, double numberGap)
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
                var size = GapSize(before, glyph);
                if (gap > cellGap * size || FiguresApart(before, glyph, gap, numberGap * size))
                {
                    cells.Add((text.ToString(), left, before.Right));
                    text.Clear();
                    left = glyph.Left;
                }
                else if (gap > size * Options.WordGap && before.Value.Length > 0 && glyph.Value.Length > 0 && WrappedText.NeedsSpace(before.Value[^1], glyph.Value[0]))
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

    /// <summary>The font size gaps between <paramref name="before"/> and <paramref name="glyph"/> are measured in (the larger of theirs, at least <see cref="LineOptions.MinGapFontSize"/>).</summary>
    internal double GapSize(Glyph before, Glyph glyph) => Math.Max(Options.MinGapFontSize, Math.Max(before.FontSize, glyph.FontSize));

    /// <summary>Whether a digit and the digit after it are more than <paramref name="numberGap"/> apart: two figures, never one number.</summary>
    internal static bool FiguresApart(Glyph before, Glyph glyph, double gap, double numberGap) =>
        gap > numberGap && EndsWithDigit(before) && StartsWithDigit(glyph);

    private static bool EndsWithDigit(Glyph glyph) => glyph.Value.Length > 0 && char.IsAsciiDigit(glyph.Value[^1]);

    private static bool StartsWithDigit(Glyph glyph) => glyph.Value.Length > 0 && char.IsAsciiDigit(glyph.Value[0]);
}
