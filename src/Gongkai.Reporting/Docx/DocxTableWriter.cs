using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Docx;

/// <summary>Writes an official table as a Word table: <c>gridSpan</c> for column spans, <c>vMerge</c> for row spans, single borders.</summary>
internal static class DocxTableWriter
{
    private const int TableWidth = 8800; // twips, the text width of an A4 page with official margins

    public static Table Table(LaidOutTable layout, string font)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = TableWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var columnWidth = TableWidth / layout.Columns;
        var grid = new TableGrid();
        for (var c = 0; c < layout.Columns; c++)
        {
            grid.Append(new GridColumn { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);

        // Row spans become a vMerge restart cell and vMerge continue cells in the rows below.
        var continuing = new Dictionary<int, (int RowsLeft, int Span)>();
        foreach (var row in layout.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            var column = 0;
            using var cells = row.GetEnumerator();
            var hasCell = cells.MoveNext();
            while (column < layout.Columns)
            {
                if (continuing.TryGetValue(column, out var covered) && covered.RowsLeft > 0)
                {
                    tableRow.Append(Cell("", covered.Span, columnWidth, font, new VerticalMerge()));
                    continuing[column] = (covered.RowsLeft - 1, covered.Span);
                    column += covered.Span;
                    continue;
                }

                if (!hasCell)
                {
                    break;
                }

                var cell = cells.Current;
                tableRow.Append(Cell(cell.Text, cell.ColumnSpan, columnWidth, font, cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null));
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

    private static TableCell Cell(string text, int span, int columnWidth, string font, VerticalMerge? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = (columnWidth * span).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { Line = "280", LineRule = LineSpacingRuleValues.Auto }),
            DocxReportWriter.Run(text, font, 21));
        return new TableCell(properties, paragraph);
    }
}
