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

    public void WriteSummary(IReadOnlyList<CheckedReport> results)
    {
        var read = results.Where(r => r.Succeeded).ToList();
        var withErrors = read.Count(r => r.HasErrors);
        output.WriteLine($"汇总：共 {results.Count} 个文件；无错误 {read.Count - withErrors} 份，有错误 {withErrors} 份，无法读取 {results.Count - read.Count} 个。");
        var diagnostics = read.SelectMany(r => r.AllDiagnostics).ToList();
        if (diagnostics.Count == 0)
        {
            return;
        }

        output.WriteLine($"问题合计：{Counts(diagnostics)}");
        var byCode = diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}×{g.Count()}");
        output.WriteLine($"按规则：{string.Join("，", byCode)}");
    }

    private static string Counts(IReadOnlyList<Diagnostic> diagnostics) =>
        $"错误 {diagnostics.Count(d => d.Severity == Severity.Error)} 个，警告 {diagnostics.Count(d => d.Severity == Severity.Warning)} 个，提示 {diagnostics.Count(d => d.Severity == Severity.Info)} 个";

    private static string Describe(ReportInput? input) =>
        input is null ? "（未知）" : input.Encoding is null ? input.Format : $"{input.Format}（{input.Encoding}）";
}
