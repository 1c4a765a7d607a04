using System.CommandLine;
using Gongkai.Application.Sources;
using Gongkai.Cli.Formatting;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai dump FILE</c>: what the reader saw — paragraphs and table rows with their sources — for checking a misread file.</summary>
internal static class DumpCommand
{
    private static readonly Argument<string> Input = new("文件") { Description = "报告文件" };

    public static Command Create()
    {
        var command = new Command("dump", "显示读取结果：按原文顺序列出段落和表格各行（含页码、行号），用于排查读错的文件") { Input };
        command.SetAction(result => Run(result.GetValue(Input)!, result.IsVerbose(), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, bool verbose, TextWriter output, TextWriter error)
    {
        SourceDocument document;
        try
        {
            document = ReportPipelines.Full.ReadDocument(file);
        }
        catch (UnreadableInputException ex)
        {
            FailureFormatter.Write(error, ex.Message, ex.InnerException, verbose);
            return ExitCodes.UnusableInput;
        }

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

        return ExitCodes.Ok;
    }
}
