using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Docx;

namespace Gongkai.Reporting.Letters;

/// <summary>A two-column table of labels and values (the 受理回执's particulars), single borders, 宋体 五号 as the reports' tables.</summary>
internal static class LetterParticularsTable
{
    /// <summary>The table, <paramref name="width"/> twips wide, the labels' column a quarter of it.</summary>
    public static Table Create(IReadOnlyList<(string Label, string Value)> rows, int width)
    {
        var labelWidth = width / 4;
        var table = new Table(new TableProperties(
            new TableWidth { Width = DocxStyles.Value(width), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            DocxTableWriter.SingleBorders()));
        table.Append(new TableGrid(
            new GridColumn { Width = DocxStyles.Value(labelWidth) },
            new GridColumn { Width = DocxStyles.Value(width - labelWidth) }));
        foreach (var (label, value) in rows)
        {
            table.Append(new TableRow(
                Cell(label, labelWidth, JustificationValues.Center),
                Cell(value, width - labelWidth, JustificationValues.Left)));
        }

        return table;
    }

    private static TableCell Cell(string text, int width, JustificationValues side) => new(
        new TableCellProperties(
            new TableCellWidth { Width = DocxStyles.Value(width), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText }, new Justification { Val = side }),
            new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
}
