namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Today's table strategy, for tables drawn with rules (tabula's "lattice"): grids from the rulings
/// (<see cref="LatticeDetector"/>), each glyph read in the merged cell its middle falls in.
/// </summary>
public sealed class LatticeTableStrategy : ITableStrategy
{
    /// <summary>A strategy with the given thresholds.</summary>
    public LatticeTableStrategy(LatticeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The strategy with <see cref="LatticeOptions.Default"/>.</summary>
    public static LatticeTableStrategy Default { get; } = new(LatticeOptions.Default);

    /// <summary>The thresholds this strategy uses.</summary>
    public LatticeOptions Options { get; }

    /// <inheritdoc />
    public PageTables Find(PageContent page, ILineBuilder lines)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(lines);
        var tables = LatticeDetector.Detect(page.Rulings, Options)
            .Where(t => t.Rows >= Options.MinRows && t.Columns >= Options.MinColumns)
            .ToList();
        if (tables.Count == 0)
        {
            return new PageTables([], page.Glyphs);
        }

        var rest = new List<Glyph>(page.Glyphs.Count);
        var inTables = tables.Select(_ => new Dictionary<(int, int), List<Glyph>>()).ToList();
        foreach (var glyph in page.Glyphs)
        {
            var placed = false;
            for (var t = 0; t < tables.Count && !placed; t++)
            {
                if (tables[t].Bounds.Contains(glyph.CenterX, glyph.CenterY, Options.GlyphTolerance) && tables[t].CellAt(glyph.CenterX, glyph.CenterY) is { } cell)
                {
                    (inTables[t].TryGetValue(cell, out var list) ? list : inTables[t][cell] = []).Add(glyph);
                    placed = true;
                }
            }

            if (!placed)
            {
                rest.Add(glyph);
            }
        }

        var found = new List<PageTable>(tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            found.Add(new PageTable(tables[t].Bounds, CellTexts(tables[t], inTables[t], lines), CellBoxes(tables[t])));
        }

        return new PageTables(found, rest);
    }

    // Each cell's ruled rectangle, a merged cell's spanning every grid position it owns: what 查看原文 marks.
    private static Box[][] CellBoxes(LatticeTable table)
    {
        var boxes = new Box[table.Rows][];
        for (var r = 0; r < table.Rows; r++)
        {
            boxes[r] = new Box[table.Columns];
        }

        for (var r = 0; r < table.Rows; r++)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                var (row, column) = table.Owner[r, c];
                var here = new Box(table.Xs[c], table.Ys[r + 1], table.Xs[c + 1], table.Ys[r]);
                var owner = boxes[row][column];
                boxes[row][column] = (row, column) == (r, c)
                    ? here
                    : new Box(Math.Min(owner.Left, here.Left), Math.Min(owner.Bottom, here.Bottom), Math.Max(owner.Right, here.Right), Math.Max(owner.Top, here.Top));
            }
        }

        return boxes;
    }

    // A cell's lines joined, each read whole: inside a ruled cell a wide gap is not a column.
    private static string[][] CellTexts(LatticeTable table, Dictionary<(int, int), List<Glyph>> cells, ILineBuilder lines)
    {
        var texts = new string[table.Rows][];
        for (var r = 0; r < table.Rows; r++)
        {
            texts[r] = new string[table.Columns];
            for (var c = 0; c < table.Columns; c++)
            {
                texts[r][c] = cells.TryGetValue((r, c), out var glyphs) && table.Owner[r, c] == (r, c)
                    ? string.Concat(lines.Build(glyphs).Select(line => string.Concat(line.Cells(double.MaxValue).Select(part => part.Text))))
                    : "";
            }
        }

        return texts;
    }
}
