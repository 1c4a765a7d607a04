using Gongkai.Parsing.Documents;

namespace Gongkai.Cli.Formatting;

/// <summary>A source document block by block, each line led by its compact source (page, line, cell).</summary>
internal static class DocumentDumpFormatter
{
    public static void Write(TextWriter output, SourceDocument document)
    {
        output.WriteLine($"# {document.File}：{document.Format}{(document.Encoding is null ? "" : "，" + document.Encoding)}，{document.Blocks.Count} 个块");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SourceParagraph paragraph:
                    output.WriteLine($"{paragraph.Source.ToCompactString(),-12} ¶ {paragraph.Text}");
                    break;
                case SourceImage image:
                    output.WriteLine($"{image.Source.ToCompactString(),-12} [图片] {image.Description}");
                    break;
                case SourceTable table:
                    output.WriteLine($"{table.Source.ToCompactString(),-12} ┌ 表格 {table.Rows.Count} 行{(table.IsGrid ? $" × {table.Width} 列" : "")}");
                    foreach (var row in table.Rows)
                    {
                        output.WriteLine($"{row.Source.ToCompactString(),-12} │ {string.Join(" | ", row.Cells.Select(c => c.Text))}");
                    }

                    break;
            }
        }
    }
}
