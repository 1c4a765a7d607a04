namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Finds tables without rules among a page's lines. A line with figures in two or more cells is a row of values;
/// nearby rows of values are one table, cut where a line runs across its columns (a spanning caption, a heading,
/// body text). The value columns are the x-ranges of the figures; the label columns those of the text left of
/// them. A label wrapped over several lines joins the row beside it; header lines above the first row put each
/// letter in the column it stands over, and a header spanning several columns (申请人情况) in its first.
/// </summary>
internal static class StreamTableDetector
{
    // The last rows of values a candidate row is checked against: a bound on the work per row, wider than a page's table.
    private const int MaxGroupTail = 64;

    /// <summary>The tables, the glyphs they did not take, and those glyphs' lines when no table took any (null otherwise).</summary>
    public static (List<PageTable> Tables, IReadOnlyList<Glyph> Others, IReadOnlyList<GlyphLine>? OtherLines) Detect(IReadOnlyList<Glyph> glyphs, ILineBuilder builder, StreamOptions options)
    {
        if (glyphs.Count == 0)
        {
            return ([], glyphs, null);
        }

        var lines = builder.Build(glyphs);
        var pieces = lines.Select(l => StreamPieces.Cut(l, options)).ToList();
        var anchors = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (pieces[i].Count(p => p.IsNumber) >= options.MinRowValues)
            {
                anchors.Add(i);
            }
        }

        if (anchors.Count < options.MinRows)
        {
            return ([], glyphs, lines);
        }

        var page = new StreamPage(lines, pieces, new bool[lines.Count], builder, options);
        var tables = new List<PageTable>();

        // Rows of values join the table above while they are near and no line between runs across the columns
        // the table would have with them (a caption, a heading, the next table's header).
        var group = new List<int> { anchors[0] };
        foreach (var anchor in anchors.Skip(1))
        {
            var previous = group[^1];
            if (anchor - previous - 1 <= options.MaxLinesBetweenRows && page.Tight(previous, anchor) &&
                StreamColumns.Of(page, [.. group.Skip(Math.Max(0, group.Count - MaxGroupTail)), anchor]) is { } columns && !Enumerable.Range(previous + 1, anchor - previous - 1).Any(i => columns.Crossed(page.Pieces[i])))
            {
                group.Add(anchor);
                continue;
            }

            Read(page, group, tables);
            group = [anchor];
        }

        Read(page, group, tables);
        if (tables.Count == 0)
        {
            return ([], glyphs, lines);
        }

        var rest = new List<Glyph>(glyphs.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!page.Taken[i])
            {
                rest.AddRange(lines[i].Glyphs);
            }
        }

        // The lines left are built again from their glyphs: without the table's lines between them, glyphs may group otherwise.
        return (tables, rest, null);
    }

    private static void Read(StreamPage page, List<int> anchors, List<PageTable> tables)
    {
        if (anchors.Count >= page.Options.MinRows && StreamColumns.Of(page, anchors) is { } columns && StreamTableBuilder.Build(page, anchors, columns) is { } table)
        {
            tables.Add(table);
        }
    }
}

/// <summary>The lines of a page being read for tables without rules, and which of them a table has taken.</summary>
internal sealed record StreamPage(IReadOnlyList<GlyphLine> Lines, List<List<StreamPiece>> Pieces, bool[] Taken, ILineBuilder Builder, StreamOptions Options)
{
    /// <summary>Whether every white gap between lines <paramref name="from"/> and <paramref name="to"/> is narrow enough for one table.</summary>
    public bool Tight(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Gap(i) > Options.MaxLineGap * Size(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The white gap between line <paramref name="i"/> and the line below it.</summary>
    public double Gap(int i) => Lines[i].Bottom - Lines[i + 1].Top;

    /// <summary>The font size gaps near line <paramref name="i"/> are measured against.</summary>
    public double Size(int i) => Math.Max(Lines[i].Options.MinGapFontSize, Lines[i].FontSize);
}
