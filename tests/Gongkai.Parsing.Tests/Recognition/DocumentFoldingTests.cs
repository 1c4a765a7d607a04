using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class DocumentFoldingTests
{
    private static SourceDocument Document(params Block[] blocks) => new() { File = "报告.pdf", Format = "pdf", Blocks = blocks };

    private static SourceCell Cell(string text, int cell) => new(text, new SourceRef("报告.pdf", 5, 1, cell));

    [Fact]
    public void Folds_paragraphs_and_cells_keeping_what_the_file_holds()
    {
        var title = new SourceParagraph("⻘禾市⾏政审批局２０２３年政府信息公开⼯作年度报告", new SourceRef("报告.pdf", 1, 1));
        var row = new SourceRow([Cell("⾏政许可", 1), Cell("１２", 2), Cell("5", 3)], new SourceRef("报告.pdf", 5, 1));
        var table = new SourceTable([row], row.Source, IsGrid: true);

        var folded = DocumentFolding.Fold(Document(title, table));

        var paragraph = Assert.IsType<SourceParagraph>(folded.Blocks[0]);
        Assert.Equal(("青禾市行政审批局2023年政府信息公开工作年度报告", title.Text), (paragraph.Text, paragraph.Printed));
        var cells = Assert.IsType<SourceTable>(folded.Blocks[1]).Rows[0].Cells;
        Assert.Equal(["行政许可", "12", "5"], cells.Select(c => c.Text));
        Assert.Equal(["⾏政许可", "１２", "5"], cells.Select(c => c.Printed));
        Assert.Same(row.Cells[2], cells[2]);
        var note = Assert.Single(folded.Diagnostics);
        Assert.Equal(DiagnosticCodes.LookAlikeCodePoints, note.Code);
        Assert.Contains("文中有 4 个字符", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Returns_the_same_document_when_nothing_is_folded()
    {
        var document = Document(
            new SourceParagraph("青禾市行政审批局2023年政府信息公开工作年度报告", new SourceRef("报告.pdf", 1, 1)),
            new SourceTable([new SourceRow([Cell("行政许可", 1), Cell("12", 2)], new SourceRef("报告.pdf", 5, 1))], new SourceRef("报告.pdf", 5, 1), IsGrid: true),
            new SourceImage("表三", new SourceRef("报告.pdf", 9, 2)));

        Assert.Same(document, DocumentFolding.Fold(document));
    }

    [Fact]
    public void Adds_no_note_for_full_width_digits_alone()
    {
        var folded = DocumentFolding.Fold(Document(new SourceParagraph("２０２３年", new SourceRef("报告.pdf", 1, 1))));

        Assert.Equal("2023年", Assert.IsType<SourceParagraph>(folded.Blocks[0]).Text);
        Assert.Empty(folded.Diagnostics);
    }

    [Fact]
    public void Keeps_the_printed_text_when_a_cell_is_folded_twice()
    {
        var once = DocumentFolding.Fold(Document(new SourceParagraph("⾏政许可", new SourceRef("报告.pdf", 1, 1))));

        var twice = DocumentFolding.Fold(once);

        Assert.Equal("⾏政许可", Assert.IsType<SourceParagraph>(twice.Blocks[0]).Printed);
    }
}
