using System.Globalization;
using Gongkai.Store.Importing;

namespace Gongkai.Cli.Formatting;

/// <summary>The end of an import: what was stored (stdout), then every file that failed, with the reason (stderr).</summary>
internal static class ImportSummaryFormatter
{
    public static void Write(TextWriter output, TextWriter error, ImportSummary summary, bool registryEmpty, bool verbose)
    {
        var rate = summary.Elapsed.TotalSeconds > 0 ? (summary.Files.Count + summary.Failures.Count) / summary.Elapsed.TotalSeconds : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"完成：新增报告 {summary.Count(SaveOutcome.Added)} 份，新版本 {summary.Count(SaveOutcome.NewVersion)} 份，内容相同 {summary.Count(SaveOutcome.SameContent)} 份，已导入过 {summary.Count(SaveOutcome.AlreadyImported)} 份，失败 {summary.Failures.Count} 个；用时 {summary.Elapsed.TotalSeconds:F1} 秒（每秒 {rate:F0} 份）。"));
        var stored = summary.Files.Where(f => f.Outcome is SaveOutcome.Added or SaveOutcome.NewVersion).ToList();
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
}
