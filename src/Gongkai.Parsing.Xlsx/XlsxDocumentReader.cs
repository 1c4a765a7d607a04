using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>
/// Reads Excel workbooks (XLSX): the visible sheets in workbook order, each as its text rows (paragraphs) and its
/// ruled regions (tables, merged cells expanded with the text in the first position), in row order.
/// </summary>
/// <remarks>
/// Sources give the sheet as the page, the sheet row as the line and the column as the cell (<c>p2:L5:c3</c> is
/// sheet 2, cell C5). Cached values of formulas are read; a formula never calculated reads as blank.
/// </remarks>
public sealed class XlsxDocumentReader(XlsxReaderLimits limits) : GuardedDocumentReader<XlsxReaderLimits>(limits, "Excel 工作簿已损坏或格式不受支持")
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>The reader with default limits.</summary>
    public static XlsxDocumentReader Instance { get; } = new(XlsxReaderLimits.Default);

    /// <inheritdoc />
    public override bool CanRead(InputKind kind) => kind == InputKind.Zip;

    /// <inheritdoc />
    public override bool CanRead(InputKind kind, ReadOnlyMemory<byte> content) => kind == InputKind.Zip && OfficeZipPackage.Contains(content, WorkbookPart);

    /// <inheritdoc />
    protected override SourceDocument ReadFile(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation)
    {
        using var package = OfficeZipPackage.Open(content, file, Limits.MaxEntries, Limits.MaxPartBytes);
        if (!package.HasPart(WorkbookPart))
        {
            throw new UnreadableInputException($"{file}：这是{package.Kind}，不是 Excel（XLSX）工作簿。");
        }

        var workbook = WorkbookParts.Read(package, file, Limits);
        var blocks = new List<Block>();
        var cellsLeft = Limits.MaxCells;
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var xml = package.ReadPart(workbook.Sheets[i].Part)
                ?? throw new UnreadableInputException($"{file}：工作表“{workbook.Sheets[i].Name}”缺少内容部件 {workbook.Sheets[i].Part}。");
            var sheet = WorksheetReader.Read(xml, workbook, file, ref cellsLeft, cancellation);
            blocks.AddRange(SheetBlocks.Build(sheet, file, page: i + 1, Limits));
        }

        return new SourceDocument { File = file, Format = "xlsx", Blocks = blocks };
    }
}
