using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Docx;

namespace Gongkai.PdfCorpus;

/// <summary>
/// The Word file LibreOffice Writer prints: our writer's document (<see cref="DocxReportWriter"/>) with the item's
/// section size (<c>w:pgSz</c>), run fonts, table borders or shading and page class applied, or a text page of paragraphs.
/// </summary>
public static class DocxPages
{
    // The writer's type area is 156 mm (8844 twips); the corpus's pages have 20 mm side margins.
    private const int WriterTextWidth = 8844;
    private const int SideMargin = 1134;

    /// <summary>The Word file for <paramref name="item"/> of <paramref name="source"/>; <paramref name="disguise"/> applies the Kangxi class's code points.</summary>
    public static byte[] For(CorpusItem item, CorpusSource source, bool disguise)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(source);
        using var stream = new MemoryStream();
        if (source.Lines is { } lines)
        {
            WriteText(lines, stream);
        }
        else
        {
            var document = Documents.ForClass(source.Document!, item.PageClass, disguise);
            DocxReportWriter.Write(document, stream);
            using var word = WordprocessingDocument.Open(stream, isEditable: true);
            var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            foreach (var table in tables)
            {
                Style(table, item.TableStyle);
            }

            if (item.PageClass is PageClasses.SplitRepeatedHeader or PageClasses.SplitNoHeader && Documents.RequestsTableIndex(document) is { } index && index < tables.Count)
            {
                Split(tables[index], repeatHeader: item.PageClass == PageClasses.SplitRepeatedHeader);
            }

            var paper = PageSizes.Of(item.PageSize);
            var scale = Math.Min(1.0, (paper.Width - (2.0 * SideMargin)) / WriterTextWidth) * (item.PageClass == PageClasses.NarrowColumns ? 0.6 : 1.0);
            foreach (var table in tables)
            {
                Scale(table, scale);
            }

            Layout(word, item);
        }

        if (source.Lines is not null)
        {
            using var word = WordprocessingDocument.Open(stream, isEditable: true);
            Layout(word, item);
        }

        return stream.ToArray();
    }

    private static void WriteText(IReadOnlyList<string> lines, Stream stream)
    {
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var body = new Body();
        foreach (var line in lines)
        {
            var paragraph = new Paragraph();
            var pieces = line.Split('\t');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    paragraph.Append(new Run(new TabChar()));
                }

                if (pieces[i].Length > 0)
                {
                    paragraph.Append(new Run(new RunProperties(new RunFonts()), new Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve }));
                }
            }

            body.Append(paragraph);
        }

        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    // The paper (w:pgSz with its orientation) and the font of every run and style.
    private static void Layout(WordprocessingDocument word, CorpusItem item)
    {
        var main = word.MainDocumentPart!;
        var paper = PageSizes.Of(item.PageSize);
        var section = main.Document!.Body!.Elements<SectionProperties>().Last();
        var size = section.GetFirstChild<PageSize>()!;
        size.Width = (UInt32Value)(uint)paper.Width;
        size.Height = (UInt32Value)(uint)paper.Height;
        size.Orient = paper.Width > paper.Height ? PageOrientationValues.Landscape : null;
        var margin = section.GetFirstChild<PageMargin>()!;
        margin.Left = (UInt32Value)(uint)SideMargin;
        margin.Right = (UInt32Value)(uint)SideMargin;

        var family = Fonts.Family(item.Font);
        IEnumerable<RunFonts> fonts = main.Document.Descendants<RunFonts>();
        if (main.StyleDefinitionsPart?.Styles is { } styles)
        {
            fonts = fonts.Concat(styles.Descendants<RunFonts>());
        }

        foreach (var font in fonts.ToList())
        {
            font.Ascii = family;
            font.HighAnsi = family;
            font.EastAsia = family;
            font.ComplexScript = family;
            font.AsciiTheme = null;
            font.HighAnsiTheme = null;
            font.EastAsiaTheme = null;
        }

        main.StyleDefinitionsPart?.Styles?.Save();
        main.Document.Save();
    }

    private static void Style(Table table, string style)
    {
        var properties = table.GetFirstChild<TableProperties>()!;
        var header = table.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToHashSet();
        switch (style)
        {
            case TableStyles.Borderless:
                properties.TableBorders = Borders(BorderValues.Nil, BorderValues.Nil, BorderValues.Nil, 0, "auto");
                break;
            case TableStyles.ThreeLine:
                properties.TableBorders = Borders(BorderValues.Single, BorderValues.Nil, BorderValues.Nil, 12, "000000");
                foreach (var cell in header.LastOrDefault() is { } last ? last.Elements<TableCell>() : [])
                {
                    cell.TableCellProperties!.AddChild(new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "000000" }));
                }

                break;
            case TableStyles.HeaderShaded:
                properties.TableBorders = Borders(BorderValues.Single, BorderValues.Single, BorderValues.Single, 12, "FFFFFF");
                foreach (var row in table.Elements<TableRow>())
                {
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        cell.TableCellProperties!.RemoveAllChildren<Shading>();
                        cell.TableCellProperties.AddChild(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = header.Contains(row) ? "C9D6EA" : "EEF2F8" });
                    }
                }

                break;
        }
    }

    private static TableBorders Borders(BorderValues outer, BorderValues sides, BorderValues inside, uint size, string color) => new(
        new TopBorder { Val = outer, Size = size, Color = color },
        new LeftBorder { Val = sides, Size = size, Color = color },
        new BottomBorder { Val = outer, Size = size, Color = color },
        new RightBorder { Val = sides, Size = size, Color = color },
        new InsideHorizontalBorder { Val = inside, Size = size, Color = color },
        new InsideVerticalBorder { Val = inside, Size = size, Color = color });

    // A page break in the first cell of a body row in the middle of the table; the rows do not split, so the row moves
    // to the next page whole. Without a repeated header the header rows lose w:tblHeader.
    private static void Split(Table table, bool repeatHeader)
    {
        var rows = table.Elements<TableRow>().ToList();
        var body = rows.Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null).ToList();
        if (!repeatHeader)
        {
            foreach (var row in rows)
            {
                row.TableRowProperties?.RemoveAllChildren<TableHeader>();
            }
        }

        if (body.Count > 2 && body[body.Count / 2].GetFirstChild<TableCell>()?.GetFirstChild<Paragraph>() is { } paragraph)
        {
            var after = paragraph.GetFirstChild<ParagraphProperties>();
            var run = new Run(new Break { Type = BreakValues.Page });
            if (after is null)
            {
                paragraph.PrependChild(run);
            }
            else
            {
                after.InsertAfterSelf(run);
            }
        }
    }

    private static void Scale(Table table, double scale)
    {
        if (scale >= 0.999)
        {
            return;
        }

        foreach (var width in table.Descendants<TableWidth>())
        {
            width.Width = Scaled(width.Width, scale);
        }

        foreach (var column in table.Descendants<GridColumn>())
        {
            column.Width = Scaled(column.Width, scale);
        }

        foreach (var width in table.Descendants<TableCellWidth>())
        {
            width.Width = Scaled(width.Width, scale);
        }
    }

    private static string? Scaled(string? twips, double scale) =>
        int.TryParse(twips, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? ((int)(value * scale)).ToString(CultureInfo.InvariantCulture) : twips;
}
