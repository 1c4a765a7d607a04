using Gongkai.Core.Diagnostics;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Parsing.Tests.Pipeline;

/// <summary>A fictional report (荻港镇人民政府 is invented) as a crawl gives it: one cell per line, repeated lines dropped.</summary>
public sealed class RepeatsDroppedReportTests
{
    private static readonly string Crawl = string.Join('\n',
        "荻港镇人民政府2022年政府信息公开工作年度报告",
        "一、总体情况", "2022年，本镇共收到政府信息公开申请3件。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
        "规章", "0", "行政规范性文件", "1", "0", "4",
        "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "36",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
        "一、本年新收政府信息公开申请数量", "2", "1", "0", "3",
        "二、上年结转政府信息公开申请数量", "0",
        "三、本年度办理结果", "（一）予以公开", "2", "1", "0", "3",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0",
        "（七）总计", "2", "1", "0", "3",
        "四、结转下年度继续办理", "0",
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉",
        "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
        "0",
        "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。");

    [Fact]
    public void Rebuilds_the_rows_and_marks_what_was_inferred()
    {
        var result = ReportParser.ParseText(Crawl, "crawl.txt");
        var report = result.Report!;

        var newReceived = report.Requests!["newReceived"]!;
        Assert.Equal([2m, 1m, 0m, 0m, 0m, 0m, 3m], newReceived.Cells.Select(c => c.Value));
        Assert.Null(newReceived["naturalPerson"]!.Inference);
        Assert.Equal("repeats-dropped", newReceived["research"]!.Inference!.Rule);
        Assert.Equal([0m, 0m, 0m], report.Proactive!["rules"]!.Cells.Select(c => c.Value));
        Assert.Equal(15, report.Appeals!.Rows.SelectMany(r => r.Cells).Count(c => c.Value == 0m && c.Inference is not null));
        Assert.Contains(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.CellsInferred);
        Assert.DoesNotContain(report.ReadingDiagnostics, d => d.Code is DiagnosticCodes.ColumnsAmbiguous or DiagnosticCodes.RowAmbiguous);
    }

    [Fact]
    public void The_json_carries_the_inferred_cells_and_a_stored_report_keeps_them()
    {
        var report = ReportParser.ParseText(Crawl, "crawl.txt").Report!;

        var json = ReportJsonWriter.Write(report);
        var canonical = ReportJsonWriter.Write(report, options: ReportJsonOptions.CanonicalOnly);
        var read = ReportJsonReader.Read(json);

        Assert.Contains("\"requests.newReceived.research\": {", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"inferred\"", canonical, StringComparison.Ordinal);
        var inference = report.Requests!["newReceived"]!["research"]!.Inference!;
        var kept = read.Requests!["newReceived"]!["research"]!.Inference!;
        Assert.Equal((inference.Rule, inference.Reason, false), (kept.Rule, kept.Reason, kept.IsAmbiguous));
        Assert.Null(read.Requests["newReceived"]!["naturalPerson"]!.Inference);
    }

    [Fact]
    public void The_same_report_with_its_repeats_kept_is_read_cell_for_cell()
    {
        var full = Crawl.Replace("申请数量\n2\n1\n0\n3", "申请数量\n2\n1\n0\n0\n0\n0\n3", StringComparison.Ordinal)
            .Replace("予以公开\n2\n1\n0\n3", "予以公开\n2\n1\n0\n0\n0\n0\n3", StringComparison.Ordinal)
            .Replace("总计\n2\n1\n0\n3", "总计\n2\n1\n0\n0\n0\n0\n3", StringComparison.Ordinal);

        var report = ReportParser.ParseText(full, "full.txt").Report!;

        Assert.Equal([2m, 1m, 0m, 0m, 0m, 0m, 3m], report.Requests!["newReceived"]!.Cells.Select(c => c.Value));
        Assert.All(report.Requests.Rows.SelectMany(r => r.Cells).Concat(report.Proactive!.Rows.SelectMany(r => r.Cells)), c => Assert.Null(c.Inference));
    }
}
