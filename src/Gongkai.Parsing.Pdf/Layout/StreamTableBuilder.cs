namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Reads one table without rules, its value columns known: which lines are its header, rows and wrapped labels;
/// the label columns; each glyph's cell. The lines it reads are marked taken.
/// </summary>
internal static class StreamTableBuilder
{
    public static PageTable? Build(StreamPage page, List<int> anchors, StreamColumns columns)
    {
        var options = page.Options;
        var (first, last) = (Above(page, anchors[0], columns), Below(page, anchors[^1], columns));
        var header = Header(page, first, columns);
        var edges = columns.Edges[..^1];

        // Rows: the rows of values, and lines holding text over the value columns (a header repeated inside the
        // table); the other lines are labels wrapped around a row's values.
        var rowLines = new List<int>();
        var body = new List<(int Line, List<StreamPiece> Pieces)>();
        for (var i = first; i <= last; i++)
        {
            var pieces = StreamPieces.Cut(page.Lines[i], options, edges);
            body.Add((i, pieces));
            if (anchors.Contains(i) || !pieces.All(columns.InLabels))
            {
                rowLines.Add(i);
            }
        }

        var labels = LabelColumns(body.SelectMany(b => b.Pieces.Where(columns.InLabels)).ToList(), columns.Size);
        var width = labels.Count + columns.Ranges.Count;
        if (width > options.MaxColumns)
        {
            return null;
        }

        var headerRows = HeaderRows(page, header, columns, labels, edges);
        var rows = headerRows.Count + rowLines.Count;
        var cells = new List<Glyph>?[rows, width];
        var bands = new (double Bottom, double Top)[rows];
        for (var r = 0; r < headerRows.Count; r++)
        {
            bands[r] = headerRows[r].Band;
            foreach (var (column, glyphs) in headerRows[r].Cells)
            {
                (cells[r, column] ??= []).AddRange(glyphs);
            }
        }

        var rowOf = new Dictionary<int, int>();
        foreach (var line in rowLines)
        {
            rowOf[line] = headerRows.Count + rowOf.Count;
            bands[rowOf[line]] = (page.Lines[line].Bottom, page.Lines[line].Top);
        }

        // Values go to the column they stand in; a label to the row it sits on, or, wrapped over lines of its
        // own, to the row it is set beside (a numbering starts the next label).
        foreach (var (line, pieces) in body)
        {
            if (rowOf.TryGetValue(line, out var row))
            {
                foreach (var piece in pieces.Where(p => !columns.InLabels(p)))
                {
                    (cells[row, labels.Count + columns.ColumnAt(piece.Glyphs[0].CenterX)] ??= []).AddRange(piece.Glyphs);
                }
            }
        }

        for (var c = 0; c < labels.Count; c++)
        {
            foreach (var (block, row) in LabelBlocks(page, body, columns, labels, c, rowOf, anchors))
            {
                (cells[row, c] ??= []).AddRange(block);
            }
        }

        for (var i = header.Count > 0 ? header[0] : first; i <= last; i++)
        {
            page.Taken[i] = true;
        }

        return Table(page.Builder, cells, bands, labels, columns);
    }

    // The labels wrapped above the first row: label-only lines up to a numbered one (一、本年新收… set over two
    // lines, its figures beside the second); without a numbering they stay header.
    private static int Above(StreamPage page, int anchor, StreamColumns columns)
    {
        for (var i = anchor - 1; i >= 0 && anchor - i <= page.Options.MaxLinesBetweenRows; i--)
        {
            var pieces = page.Pieces[i];
            if (page.Taken[i] || !page.Tight(i, anchor) || !pieces.All(columns.InLabels))
            {
                break;
            }

            if (StreamPieces.IsNumbered(pieces[0].Text))
            {
                return i;
            }
        }

        return anchor;
    }

    // The labels wrapped below the last row: tight label-only lines that are not a heading.
    private static int Below(StreamPage page, int anchor, StreamColumns columns)
    {
        var last = anchor;
        for (var i = anchor + 1; i < page.Lines.Count && i - anchor <= page.Options.MaxLinesBetweenRows; i++)
        {
            var pieces = page.Pieces[i];
            if (page.Taken[i] || !page.Tight(i - 1, i) || !pieces.All(columns.InLabels) || StreamPieces.IsHeading(pieces[0].Text) ||
                pieces.Count(p => p.IsNumber) >= page.Options.MinRowValues)
            {
                break;
            }

            last = i;
        }

        return last;
    }

    // The header lines above the table's first line, top first.
    private static List<int> Header(StreamPage page, int first, StreamColumns columns)
    {
        var header = new List<int>();
        for (var i = first - 1; i >= 0 && header.Count < page.Options.MaxHeaderLines; i--)
        {
            var pieces = page.Pieces[i];
            if (page.Taken[i] || !page.Tight(i, i + 1) || pieces.Any(columns.OutsideHeader) || StreamPieces.IsHeading(pieces[0].Text) ||
                pieces.Count(p => p.IsNumber) >= page.Options.MinRowValues)
            {
                break;
            }

            header.Insert(0, i);
        }

        return header;
    }

    // Label columns: the x-ranges of the label pieces that overlap, from the narrower pieces (a label merged over
    // several columns would join them all); a range is cut where several labels start at one x, as left-aligned
    // columns do, however many merged labels run across that x (（一）予以公开 over two label columns).
    private static List<(double Left, double Right)> LabelColumns(List<StreamPiece> pieces, double size)
    {
        var ranges = new List<(double Left, double Right)>();
        if (pieces.Count == 0)
        {
            return ranges;
        }

        var widths = pieces.Select(p => p.Right - p.Left).Order().ToList();
        var narrow = widths[widths.Count / 2] * 2;
        foreach (var piece in pieces.Where(p => p.Right - p.Left <= narrow).OrderBy(p => p.Left))
        {
            if (ranges.Count > 0 && piece.Left <= ranges[^1].Right)
            {
                ranges[^1] = (ranges[^1].Left, Math.Max(ranges[^1].Right, piece.Right));
            }
            else
            {
                ranges.Add((piece.Left, piece.Right));
            }
        }

        var starts = pieces.Select(p => p.Left).Order().ToList();

        // How many labels start within the tolerance after each start (sorted: one pass, bounded by the pieces).
        var aligned = new int[starts.Count];
        for (int i = 0, j = 0; i < starts.Count; i++)
        {
            j = Math.Max(j, i);
            while (j + 1 < starts.Count && starts[j + 1] - starts[i] <= AlignTolerance)
            {
                j++;
            }

            aligned[i] = j - i + 1;
        }

        var cut = new List<(double Left, double Right)>();
        foreach (var range in ranges)
        {
            var from = range.Left;
            for (var i = 0; i < starts.Count; i++)
            {
                var x = starts[i];
                if (x > from + size && x < range.Right && aligned[i] >= MinAligned && (i == 0 || x - starts[i - 1] > AlignTolerance))
                {
                    cut.Add((from, x - AlignTolerance));
                    from = x - AlignTolerance;
                }
            }

            cut.Add((from, range.Right));
        }

        return cut;
    }

    // Labels starting within 1.5 pt of each other start at one x; three of them make a column's left edge.
    private const double AlignTolerance = 1.5;
    private const int MinAligned = 3;

    // A label piece's column: the first whose range reaches its first letter (text merged over several columns
    // belongs to the first, as merged cells' text does).
    private static int LabelColumn(List<(double Left, double Right)> labels, StreamPiece piece)
    {
        // A letter in from the left edge: a label starting a point early (centred, or indented less) is still in its column.
        var x = piece.Left + Math.Min((piece.Right - piece.Left) / 2, piece.Glyphs[0].FontSize);
        for (var c = 0; c < labels.Count; c++)
        {
            if (x <= labels[c].Right)
            {
                return c;
            }
        }

        return labels.Count - 1;
    }

    private static IEnumerable<(List<Glyph> Glyphs, int Row)> LabelBlocks(StreamPage page, List<(int Line, List<StreamPiece> Pieces)> body, StreamColumns columns,
        List<(double Left, double Right)> labels, int column, Dictionary<int, int> rowOf, List<int> anchors)
    {
        List<Glyph>? block = null;
        int? blockRow = null;
        var (top, bottom, previous, full) = (0.0, 0.0, -1, false);

        // Only a column with rows left empty holds labels merged over several rows, whose wrapped lines stand beside
        // the next rows' figures; where every row has its label, each row line starts one.
        var inColumn = body.Where(b => b.Pieces.Any(p => columns.InLabels(p) && LabelColumn(labels, p) == column)).Select(b => b.Line).ToHashSet();

        // The column's right edge is where its widest label ends: the range holds only the narrower labels, and a
        // short label reaching that range's end did not fill the cell (规范性文件 over 其他对外管理服务事项).
        var right = body.SelectMany(b => b.Pieces).Where(p => columns.InLabels(p) && LabelColumn(labels, p) == column).Select(p => p.Right).Append(labels[column].Right).Max();
        var sparse = rowOf.Keys.Any(line => !inColumn.Contains(line));

        // Rows of text over the value columns (a caption, a header repeated inside the table) end a merged label: a
        // label never wraps from, across or onto one.
        var textRows = rowOf.Keys.Where(line => !anchors.Contains(line)).ToHashSet();
        foreach (var (line, pieces) in body)
        {
            foreach (var piece in pieces.Where(p => columns.InLabels(p) && LabelColumn(labels, p) == column))
            {
                var onRow = rowOf.TryGetValue(line, out var row);
                var wrapped = sparse && full && previous >= 0 && previous != line && page.Tight(previous, line) && !Enumerable.Range(previous, line - previous + 1).Any(textRows.Contains);
                if (block is not null && (StreamPieces.IsNumbered(piece.Text) || onRow && blockRow is not null && !wrapped || previous >= 0 && previous != line && !page.Tight(previous, line)))
                {
                    yield return (block, blockRow ?? Nearest(page, rowOf, (top + bottom) / 2));
                    block = null;
                }

                if (block is null)
                {
                    (block, blockRow, top) = ([], null, page.Lines[line].Top);
                }

                block.AddRange(piece.Glyphs);
                blockRow ??= onRow ? row : null;

                // Text that fills its column to the right edge was wrapped: the next line in the column goes on.
                full = piece.Right >= right - columns.Size;
                (bottom, previous) = (page.Lines[line].Bottom, line);
            }
        }

        if (block is not null)
        {
            yield return (block, blockRow ?? Nearest(page, rowOf, (top + bottom) / 2));
        }
    }

    // The row whose line's middle is nearest: a label set beside its figures, centred in the row.
    private static int Nearest(StreamPage page, Dictionary<int, int> rowOf, double y) =>
        rowOf.MinBy(r => Math.Abs((page.Lines[r.Key].Top + page.Lines[r.Key].Bottom) / 2 - y)).Value;

    private sealed record HeaderRow((double Bottom, double Top) Band, List<(int Column, List<Glyph> Glyphs)> Cells);

    // Header lines become rows: lines whose pieces each stand over one column are one row (text wrapped in a
    // narrow column joins top-down); a line with a piece spanning columns is a level of its own, that piece in the
    // first column it spans.
    private static List<HeaderRow> HeaderRows(StreamPage page, List<int> header, StreamColumns columns, List<(double Left, double Right)> labels, double[] edges)
    {
        var rows = new List<HeaderRow>();
        var open = false;
        foreach (var line in header)
        {
            var cells = new List<(int Column, List<Glyph> Glyphs)>();
            var spans = false;
            foreach (var piece in StreamPieces.Cut(page.Lines[line], page.Options, edges))
            {
                if (columns.InLabels(piece))
                {
                    cells.Add((Math.Max(0, LabelColumn(labels, piece)), piece.Glyphs));
                    continue;
                }

                var (from, to) = (columns.ColumnAt(piece.Glyphs[0].CenterX), columns.ColumnAt(piece.Glyphs[^1].CenterX));
                spans |= to > from;
                cells.Add((labels.Count + from, piece.Glyphs));
            }

            var band = (page.Lines[line].Bottom, page.Lines[line].Top);
            if (!spans && open)
            {
                var last = rows[^1];
                rows[^1] = new HeaderRow((band.Bottom, last.Band.Top), [.. last.Cells, .. cells]);
            }
            else
            {
                rows.Add(new HeaderRow(band, cells));
            }

            open = !spans;
        }

        return rows;
    }

    private static PageTable Table(ILineBuilder builder, List<Glyph>?[,] cells, (double Bottom, double Top)[] bands, List<(double Left, double Right)> labels, StreamColumns columns)
    {
        var (rows, width) = (cells.GetLength(0), cells.GetLength(1));
        var texts = new string[rows][];
        var boxes = new Box[rows][];
        var (left, bottom, right, top) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        for (var r = 0; r < rows; r++)
        {
            texts[r] = new string[width];
            boxes[r] = new Box[width];
            for (var c = 0; c < width; c++)
            {
                var (from, to) = c < labels.Count ? labels[c] : (columns.Edges[c - labels.Count], columns.Edges[c - labels.Count + 1]);
                if (cells[r, c] is { Count: > 0 } glyphs)
                {
                    texts[r][c] = string.Concat(builder.Build(glyphs).Select(line => string.Concat(line.Cells(double.MaxValue).Select(part => part.Text))));
                    boxes[r][c] = new Box(glyphs.Min(g => g.Left), glyphs.Min(g => g.Bottom), glyphs.Max(g => g.Right), glyphs.Max(g => g.Top));
                }
                else
                {
                    texts[r][c] = "";
                    boxes[r][c] = new Box(from, bands[r].Bottom, to, bands[r].Top);
                }

                (left, bottom, right, top) = (Math.Min(left, boxes[r][c].Left), Math.Min(bottom, boxes[r][c].Bottom), Math.Max(right, boxes[r][c].Right), Math.Max(top, boxes[r][c].Top));
            }
        }

        return new PageTable(new Box(left, bottom, right, top), texts, boxes);
    }
}
