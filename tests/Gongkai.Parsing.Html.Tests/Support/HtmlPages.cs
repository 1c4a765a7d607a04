using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Html.Tests.Support;

/// <summary>Small fictional pages for the HTML reader's tests, and compact views of what it reads.</summary>
internal static class HtmlPages
{
    /// <summary>
    /// The six section titles of a report, one paragraph each (every landmark the content locator looks for), after
    /// an opening paragraph long enough that the word 报告 in section 六 is not near the start.
    /// </summary>
    public const string ReportBody = """
        <p>一、总体情况</p>
        <p>2021年，柏舟县档案局坚持以公开为常态、不公开为例外，围绕档案查阅利用、档案资源建设和档案安全管理等重点工作，
        持续推进决策、执行、管理、服务、结果公开。全年通过县政府门户网站主动公开政府信息312条，其中机构职能类信息12条，
        工作动态186条，规划计划类信息9条，档案开放目录和查阅指南105条；在县档案馆查阅大厅设置政府信息公开查阅点1个，
        配备自助查询终端2台，全年接待现场查阅群众680余人次，电话咨询答复210余次，未发生因公开不及时引发的投诉。</p>
        <p>二、主动公开政府信息情况</p>
        <p>三、收到和处理政府信息公开申请情况</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <p>五、存在的主要问题及改进情况</p>
        <p>六、其他需要报告的事项</p>
        """;

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>The page parsed as the reader parses it (source positions kept).</summary>
    public static IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false }).ParseDocument(html);

    /// <summary>The first table of a fragment.</summary>
    public static IHtmlTableElement Table(string html) =>
        Parse("<html><body>" + html + "</body></html>").QuerySelector<IHtmlTableElement>("table")
            ?? throw new InvalidOperationException("no table in the fragment");

    /// <summary>What the reader makes of the page, given as UTF-8 bytes.</summary>
    public static SourceDocument Read(string html, string file = "page.html") =>
        HtmlDocumentReader.Instance.Read(Encoding.UTF8.GetBytes(html), file, ReaderLimits.Default);

    /// <summary>The blocks as short strings: <c>P0 text</c>, <c>H2 text</c>, <c>IMG description</c>, <c>T a|b / c|d</c>.</summary>
    public static List<string> Describe(IEnumerable<Block> blocks) => blocks.Select(Describe).ToList();

    public static string Describe(Block block) => block switch
    {
        SourceParagraph { HeadingLevel: > 0 } p => $"H{p.HeadingLevel} {p.Text}",
        SourceParagraph p => $"P {p.Text}",
        SourceImage i => $"IMG {i.Description}",
        SourceTable t => "T " + string.Join(" / ", t.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text)))),
        _ => block.GetType().Name,
    };

    /// <summary>The grid's cell texts, row by row.</summary>
    public static string[][] Cells(SourceTable table) => table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();
}
