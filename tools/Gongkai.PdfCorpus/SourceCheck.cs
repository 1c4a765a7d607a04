using Gongkai.Application.Sources;
using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;

namespace Gongkai.PdfCorpus;

/// <summary>
/// Before a page is printed, the page itself (HTML or DOCX, code points left clean) must read back exactly to its truth
/// with our HTML and DOCX readers: otherwise a PDF's errors would blame the PDF reader for a writer's or another
/// reader's problem. The Kangxi class is checked clean, since disguising the labels is the point of that class.
/// </summary>
public static class SourceCheck
{
    /// <summary>Null when the page of <paramref name="item"/> reads back exactly, else why not (Chinese).</summary>
    public static string? Problem(CorpusItem item, CorpusSource source, string workDirectory)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(source);
        var path = Path.Combine(workDirectory, item.Stem + (Producers.PrintsDocx(item.Producer) ? ".check.docx" : ".check.html"));
        try
        {
            if (Producers.PrintsDocx(item.Producer))
            {
                File.WriteAllBytes(path, DocxPages.For(item, source, disguise: false));
            }
            else
            {
                File.WriteAllText(path, HtmlPages.For(item, source, disguise: false));
            }

            var parsed = ReportPipelines.Full.ParseFile(path);
            if (parsed.Failure is { } failure)
            {
                return $"源文件无法读取：{failure}";
            }

            var wrong = ReportComparer.Compare(ReportJsonReader.Read(source.TruthJson), parsed.Report).Where(c => !c.IsMatch).ToList();
            return wrong.Count == 0 ? null : $"源文件读回与真值有 {wrong.Count} 处不一致，例如 {wrong[0].Path}：应为 {wrong[0].Expected}，读为 {wrong[0].Actual}";
        }
        finally
        {
            File.Delete(path);
        }
    }
}
