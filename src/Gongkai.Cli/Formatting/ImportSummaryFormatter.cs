using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Store.Importing;

namespace Gongkai.Cli.Formatting;

/// <summary>The end of an import: what was stored (stdout), then every file that failed, with the reason (stderr).</summary>
internal static class ImportSummaryFormatter
{
    public static void Write(TextWriter output, TextWriter error, ImportSummary summary, bool registryEmpty, bool verbose)
    {
        var rate = summary.Elapsed.TotalSeconds > 0 ? (summary.Files.Count + summary.Failures.Count) / summary.Elapsed.TotalSeconds : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"完成：新增报告 {summary.Count(SaveOutcome.Added)} 份，新版本 {summary.Count(SaveOutcome.NewVersion)} 份，{Optional(summary, SaveOutcome.OlderVersion, "历史版本")}内容相同 {summary.Count(SaveOutcome.SameContent)} 份，{Optional(summary, SaveOutcome.EarlierVersion, "与较早版本相同")}{Optional(summary, SaveOutcome.MadeCurrent, "设为当前版本")}已导入过 {summary.Count(SaveOutcome.AlreadyImported)} 份，失败 {summary.Failures.Count} 个；用时 {summary.Elapsed.TotalSeconds:F1} 秒（每秒 {rate:F0} 份）。"));
        List(output, summary, SaveOutcome.EarlierVersion, "与已有的较早版本内容相同，已记为该版本的来源，当前版本未变（确要改回旧内容，请加 --make-current 重新导入）",
            f => $"  ↺ {f.File}：与第 {f.Version} 版内容相同；当前为第 {f.CurrentVersion} 版");
        List(output, summary, SaveOutcome.OlderVersion, "是新内容，但按落款日期（日期相同时按文件修改时间）早于当前版本，已存为历史版本，未设为当前版本",
            f => $"  ↓ {f.File}：存为第 {f.Version} 版；当前为第 {f.CurrentVersion} 版");
        List(output, summary, SaveOutcome.MadeCurrent, "按 --make-current 设为当前版本", f => $"  ✓ {f.File}：第 {f.Version} 版");
        var stored = summary.Files.Where(f => f.Outcome is SaveOutcome.Added or SaveOutcome.NewVersion or SaveOutcome.OlderVersion).ToList();
        var withErrors = stored.Count(f => f.Errors > 0);
        if (withErrors > 0)
        {
            output.WriteLine($"其中 {withErrors} 份报告有错误（用 gongkai audit 查看）。");
        }

        var unlinked = stored.Count(f => !f.Linked);
        if (unlinked > 0)
        {
            output.WriteLine(registryEmpty
                ? "尚未导入单位名录：报告未关联到单位，区域汇总和覆盖检查需要名录（gongkai units import 名录.csv）。"
                : $"{unlinked} 份报告未能与名录中的单位对应（gongkai units questions 查看）。");
        }

        if (summary.Cancelled)
        {
            error.WriteLine("导入已中断：已写入的报告完整保存，重新运行同一命令即可继续。");
        }

        if (summary.Failures.Count > 0)
        {
            error.WriteLine($"以下 {summary.Failures.Count} 个文件未能导入：");
            foreach (var failure in summary.Failures)
            {
                FailureFormatter.Write(error, $"✗ {failure.Reason}", failure.Detail, verbose, "  ");
            }
        }
    }

    private const int Listed = 20;

    private static string Optional(ImportSummary summary, SaveOutcome outcome, string label) =>
        summary.Count(outcome) is var count and > 0 ? $"{label} {count} 份，" : "";

    private static void List(TextWriter output, ImportSummary summary, SaveOutcome outcome, string what, Func<ImportedFile, string> line)
    {
        var files = summary.Files.Where(f => f.Outcome == outcome).OrderBy(f => f.File, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return;
        }

        output.WriteLine($"以下 {files.Count} 个文件{what}：");
        foreach (var file in files.Take(Listed))
        {
            output.WriteLine(line(file));
        }

        if (files.Count > Listed)
        {
            output.WriteLine($"  ……另有 {files.Count - Listed} 个（gongkai versions --agency 单位 --year 年度 查看各版本）");
        }
    }
}
