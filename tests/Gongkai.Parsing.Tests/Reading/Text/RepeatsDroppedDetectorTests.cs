using Gongkai.Parsing.Reading.Text;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class RepeatsDroppedDetectorTests
{
    // Table 三 of a fictional report, one cell per line, every row in full (the zeros of a row printed each time).
    private static readonly string[] FullTable =
    [
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量", "4", "1", "0", "0", "0", "0", "5",
        "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0",
        "（一）予以公开", "3", "1", "0", "0", "0", "0", "4",
        "（二）部分公开", "1", "0", "0", "0", "0", "0", "1",
        "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0",
        "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0",
        "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0",
        "4.保护第三方合法权益", "0", "0", "0", "0", "0", "0", "0",
        "5.属于三类内部事务信息", "0", "0", "0", "0", "0", "0", "0",
        "（七）总计", "4", "1", "0", "0", "0", "0", "5",
        "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0",
    ];

    private static List<TextLine> Lines(IEnumerable<string> texts) => [.. texts.Select((t, i) => new TextLine(t, i + 1, 0))];

    // What the crawler makes of it: a line equal to the one before is dropped.
    private static IEnumerable<string> Crawled(IEnumerable<string> texts)
    {
        string? previous = null;
        foreach (var text in texts)
        {
            if (text != previous)
            {
                yield return text;
            }

            previous = text;
        }
    }

    [Fact]
    public void Flags_cell_per_line_text_whose_repeated_lines_were_dropped()
    {
        Assert.True(RepeatsDroppedDetector.Detect(Lines(Crawled(FullTable))));
    }

    [Fact]
    public void Does_not_flag_cell_per_line_text_that_prints_its_zeros_on_consecutive_lines()
    {
        Assert.False(RepeatsDroppedDetector.Detect(Lines(FullTable)));
    }

    [Fact]
    public void Does_not_flag_text_with_too_few_value_lines_to_tell()
    {
        var prose = new[] { "一、总体情况", "本年共收到申请5件。", "二、主动公开政府信息情况", "规章", "0", "规范性文件", "3" };

        Assert.False(RepeatsDroppedDetector.Detect(Lines(prose)));
    }
}
