using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Fixtures;

/// <summary>
/// Adds to a written report what real Word files carry and a reader must see through: a sidebar text box in the
/// middle of the body, a tracked change in a table cell (the accepted text is the report's figure), a reviewer's
/// comment, table 三 wrapped in a one-cell frame table (a nested table) and a page break inside a table cell.
/// </summary>
internal static class DocxExtras
{
    private const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    public static void Apply(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var tables = body.Elements<Table>().ToList();

        // A sidebar text box anchored in the paragraph before table 三.
        var beforeRequests = tables[1].PreviousSibling<Paragraph>()!;
        beforeRequests.Append(new Run($"""<w:r {Namespaces}><w:pict><v:shape style="position:absolute;margin-left:300pt;width:120pt;height:60pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>专栏：依申请公开办理流程图见附件</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""));

        // A tracked change in table 三's first value: a deleted wrong figure, the right one inserted.
        var cell = tables[1].Elements<TableRow>().ElementAt(3).Elements<TableCell>().ElementAt(1);
        var paragraph = cell.GetFirstChild<Paragraph>()!;
        var run = paragraph.GetFirstChild<Run>()!;
        var figure = run.InnerText;
        run.Remove();
        paragraph.Append(new DeletedRun($"""<w:del {Namespaces} w:id="1" w:author="审核人" w:date="2023-01-10T09:00:00Z"><w:r><w:delText>999</w:delText></w:r></w:del>"""));
        paragraph.Append(new InsertedRun($"""<w:ins {Namespaces} w:id="2" w:author="审核人" w:date="2023-01-10T09:00:00Z"><w:r><w:t>{figure}</w:t></w:r></w:ins>"""));

        // A comment on the opening paragraph.
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("请核对统计期限。")))) { Id = "0", Author = "审核人" });
        var opening = body.Elements<Paragraph>().ElementAt(1);
        opening.InsertAt(new CommentRangeStart { Id = "0" }, 1);
        opening.Append(new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }));

        // Table 三 inside a one-cell frame table.
        var requests = tables[1];
        var frame = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }), new TableGrid(new GridColumn { Width = "8800" }));
        requests.InsertBeforeSelf(frame);
        requests.Remove();
        frame.Append(new TableRow(new TableCell(requests, new Paragraph())));

        // A page break inside a cell of table 四's header.
        var appealsCell = tables[2].Elements<TableRow>().First().Elements<TableCell>().First();
        appealsCell.GetFirstChild<Paragraph>()!.PrependChild(new Run(new Break { Type = BreakValues.Page }));
        main.Document.Save();
    }
}
