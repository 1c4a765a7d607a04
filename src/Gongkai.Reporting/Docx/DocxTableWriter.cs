using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Docx;

/// <summary>
/// Writes an official table as a Word table: <c>gridSpan</c> for column spans, <c>vMerge</c> for row spans, single
/// borders, the columns of <see cref="TablePlan"/>, rows that never split, the header repeated after a page break,
/// and short blocks (an item of table 二, table 四) kept on one page.
/// </summary>
internal static class DocxTableWriter
{
    /// <summary>Left and right cell margins, 0.1 cm: fifteen columns of table 四 still hold two characters a line.</summary>
    private const int SideMargin = 57;

    private const int TopMargin = 28;

    /// <summary>Light shading of the 第二十条 item rows of table 二, as agencies' files print them.</summary>
    private const string CaptionShading = "DCE6F2";

    /// <summary>Single half-point borders round and inside a table: the reports' tables and the letters' particulars.</summary>
    internal static TableBorders SingleBorders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 },
        new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    public static Table Table(LaidOutTable layout, int width)
    {
        var dense = TablePlan.IsDense(layout);
        var style = dense ? DocxStyles.DenseTableText : DocxStyles.TableText;
        var em = (dense ? DocxStyles.DenseTableSize : DocxStyles.TableSize) * 10; // twips per character of the table's font
        var plan = TablePlan.For(layout, (double)width / em);
        var widths = Twips(plan.Widths, em, width);
        var table = new Table(new TableProperties(
            new TableWidth { Width = DocxStyles.Value(width), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            SingleBorders(),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = DocxStyles.Value(TopMargin), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = SideMargin, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = DocxStyles.Value(TopMargin), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = SideMargin, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = DocxStyles.Value(w) })));

        // Row spans become a vMerge restart cell and vMerge continue cells in the rows below.
        var continuing = new Dictionary<int, (int RowsLeft, int Span)>();
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var row = layout.Rows[r];
            var keep = plan.KeepWithNext[r];
            var properties = new TableRowProperties(new CantSplit());
            if (r < plan.HeaderRows)
            {
                properties.Append(new TableHeader());
            }

            var tableRow = new TableRow(properties);
            var isCaption = row.Count == 1 && row[0].IsLabel && row[0].ColumnSpan == layout.Columns;
            var hasValues = row.Any(c => !c.IsLabel);
            var column = 0;
            using var cells = row.GetEnumerator();
            var hasCell = cells.MoveNext();
            while (column < layout.Columns)
            {
                if (continuing.TryGetValue(column, out var covered) && covered.RowsLeft > 0)
                {
                    tableRow.Append(Cell("", style, Width(widths, column, covered.Span), covered.Span, new VerticalMerge(), JustificationValues.Center, keep, null));
                    continuing[column] = (covered.RowsLeft - 1, covered.Span);
                    column += covered.Span;
                    continue;
                }

                if (!hasCell)
                {
                    break;
                }

                var cell = cells.Current;
                // Row labels read from the left, as in the official format; headers and figures are centred.
                var align = cell.IsLabel && hasValues && !plan.Stacked.Contains(cell) ? JustificationValues.Left : JustificationValues.Center;
                var merge = cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null;
                tableRow.Append(Cell(cell.Text, style, Width(widths, column, cell.ColumnSpan), cell.ColumnSpan, merge, align, keep, isCaption ? CaptionShading : null));
                if (cell.RowSpan > 1)
                {
                    continuing[column] = (cell.RowSpan - 1, cell.ColumnSpan);
                }

                column += cell.ColumnSpan;
                hasCell = cells.MoveNext();
            }

            table.Append(tableRow);
        }

        return table;
    }

    // Ems to whole twips; the last column takes the rounding so that the columns fill the table exactly.
    private static int[] Twips(IReadOnlyList<double> widths, int em, int total)
    {
        var twips = widths.Select(w => (int)Math.Round(w * em)).ToArray();
        twips[^1] += total - twips.Sum();
        return twips;
    }

    private static int Width(int[] widths, int column, int span) => widths.Skip(column).Take(span).Sum();

    private static TableCell Cell(string text, string style, int width, int span, VerticalMerge? merge, JustificationValues align, bool keepWithNext, string? shading)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = DocxStyles.Value(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        if (shading is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepWithNext)
        {
            paragraph.Append(new KeepNext());
        }

        paragraph.Append(new Justification { Val = align });
        return new TableCell(properties, new Paragraph(paragraph, DocxReportWriter.TextRun(text)));
    }
}
