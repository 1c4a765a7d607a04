using System.Globalization;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Application.Checking;

namespace Gongkai.Cli.Formatting;

/// <summary>Writes <c>check</c> results as readable Chinese text: one block per report, then a summary.</summary>
internal sealed class CheckTextFormatter(TextWriter output, Severity minimum, bool verbose = false)
{
    public void WriteReport(CheckedReport result)
    {
        output.WriteLine($"■ {result.File}");
        if (!result.Succeeded)
        {
            FailureFormatter.Write(output, $"  无法读取：{result.Failure}", result.FailureDetail, verbose);
            output.WriteLine();
            return;
        }

        var report = result.Report;
        output.WriteLine($"  机关：{report.Agency ?? "（未识别）"} ｜ 年度：{report.Year?.ToString(CultureInfo.InvariantCulture) ?? "（未识别）"} ｜ 格式：{report.Template?.ToDisplayName() ?? "（未识别）"} ｜ 落款日期：{report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "（未注明）"} ｜ 版式：{Describe(report.Input)}");
        var shown = result.AllDiagnostics.Where(d => d.Severity >= minimum).OrderByDescending(d => d.Severity).ToList();
        foreach (var diagnostic in shown)
        {
            var where = diagnostic.Source.IsKnown ? $"〔{diagnostic.Source.Describe()}〕" : "";
            output.WriteLine($"  {diagnostic.Severity.ToDisplayName()} {diagnostic.Code} {diagnostic.Message}{where}");
        }

        var all = result.AllDiagnostics.ToList();
        output.WriteLine(all.Count == 0 ? "  未发现问题。" : $"  小计：{Counts(all)}");
        output.WriteLine();
    }

    public void WriteSummary(CheckTally tally)
    {
        output.WriteLine($"汇总：共 {tally.Files} 个文件；无错误 {tally.Read - tally.WithErrors} 份，有错误 {tally.WithErrors} 份，无法读取 {tally.Files - tally.Read} 个。");
        if (tally.ByCode.Count == 0)
        {
            return;
        }

        output.WriteLine($"问题合计：{Counts(tally.Count(Severity.Error), tally.Count(Severity.Warning), tally.Count(Severity.Info))}");
        output.WriteLine($"按规则：{string.Join("，", tally.ByCode.Select(c => $"{c.Key}×{c.Value}"))}");
    }

    private static string Counts(IReadOnlyList<Diagnostic> diagnostics) =>
        Counts(diagnostics.Count(d => d.Severity == Severity.Error), diagnostics.Count(d => d.Severity == Severity.Warning), diagnostics.Count(d => d.Severity == Severity.Info));

    private static string Counts(int errors, int warnings, int notes) => $"错误 {errors} 个，警告 {warnings} 个，提示 {notes} 个";

    private static string Describe(ReportInput? input) =>
        input is null ? "（未知）" : input.Encoding is null ? input.Format : $"{input.Format}（{input.Encoding}）";
}
