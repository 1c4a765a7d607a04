namespace Gongkai.Eval;

/// <summary>
/// Writes the evaluation of a corpus without truth: per source folder, per detected format and per template year a
/// line of counts, the 2019/2021 target line, the list of reports that miss it (with why) when asked, and the total
/// line last.
/// </summary>
internal sealed class MeasureTextFormatter(TextWriter output)
{
    /// <summary>The summary lines, then the total line.</summary>
    public void WriteSummary(IReadOnlyList<MeasuredReport> reports)
    {
        output.WriteLine();
        WriteGroups("按来源", reports, r => r.Source);
        WriteGroups("按格式", reports, r => r.Format);
        WriteGroups("按模板年份", reports.OrderBy(r => r.TemplateYear).ToList(), r => r.TemplateYear.ToDisplayName(), ordered: true);
        var target = reports.Where(r => r.InTarget).ToList();
        var met = target.Count(r => r.CompleteAndBalanced);
        output.WriteLine($"目标（2019 年及以后的报告，2019 年以前的格式另计）：{target.Count} 份，拒绝 {target.Count(r => !r.Read)}，完整且平衡 {met}/{target.Count} = {EvalTextFormatter.Percent(met, target.Count)}");
        output.WriteLine($"总计：{Counts(reports)}");
    }

    /// <summary>Each report that is not complete and balanced, with why; reports on years before 2019 are marked as outside the target.</summary>
    public void WriteExceptions(IReadOnlyList<MeasuredReport> reports, string corpus)
    {
        var exceptions = reports.Where(r => !r.CompleteAndBalanced).ToList();
        output.WriteLine();
        output.WriteLine($"不完整或不平衡的报告：{exceptions.Count} 份");
        foreach (var report in exceptions)
        {
            var year = report.Year is { } y ? $"{y} 年" : "年份不明";
            var outside = report.InTarget ? "" : "，不计入目标";
            output.WriteLine($"✗ {Path.GetRelativePath(corpus, report.File)}（{report.Format}，{report.TemplateYear.ToDisplayName()}，{year}{outside}）");
            if (report.Failure is not null)
            {
                output.WriteLine($"    拒绝：{report.Failure}");
                continue;
            }

            foreach (var gap in report.Gaps)
            {
                output.WriteLine($"    不完整：{gap}");
            }

            foreach (var imbalance in report.Imbalances)
            {
                output.WriteLine($"    不平衡：{imbalance.Code} {imbalance.Message}");
            }
        }
    }

    private void WriteGroups(string label, IReadOnlyList<MeasuredReport> reports, Func<MeasuredReport, string> key, bool ordered = false)
    {
        var groups = reports.GroupBy(key);
        foreach (var group in ordered ? groups : groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{label} {group.Key}：{Counts([.. group])}");
        }
    }

    private static string Counts(IReadOnlyList<MeasuredReport> reports) =>
        $"{reports.Count} 份，读取 {reports.Count(r => r.Read)}，拒绝 {reports.Count(r => !r.Read)}；" +
        $"完整 {reports.Count(r => r.Complete)}，平衡 {reports.Count(r => r.Balanced)}，完整且平衡 {reports.Count(r => r.CompleteAndBalanced)}；" +
        $"推断单元格 {reports.Sum(r => r.Inferred)}，存疑单元格 {reports.Sum(r => r.Ambiguous)}";
}
