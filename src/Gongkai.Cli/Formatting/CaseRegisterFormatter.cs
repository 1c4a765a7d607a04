using Gongkai.Application.Cases.Registers;

namespace Gongkai.Cli.Formatting;

/// <summary>The Chinese summary of a register import: the counts, the columns not read and the rows' errors.</summary>
internal static class CaseRegisterFormatter
{
    // Enough to fix a file in one pass; a file with more errors is usually the wrong file.
    private const int MaxErrorsShown = 200;

    public static void Summary(TextWriter output, string file, ImportCaseRegisterResult result)
    {
        var verb = result.DryRun ? "试导入（未写入）" : "导入";
        output.WriteLine($"登记台账 {file} {verb}：新增 {result.Added} 件，更新 {result.Updated} 件，未变 {result.Unchanged} 件，有错误 {result.ErrorRows} 行。");
        Details(output, result);
    }

    public static void Details(TextWriter writer, ImportCaseRegisterResult result)
    {
        if (result.IgnoredHeaders.Count > 0)
        {
            writer.WriteLine($"以下列不是登记台账的列，未导入：{string.Join("、", result.IgnoredHeaders)}（如需导入，用 --map \"我方列名=模板列名\" 指定）。");
        }

        foreach (var error in result.Errors.Take(MaxErrorsShown))
        {
            writer.WriteLine($"  {error}");
        }

        if (result.Errors.Count > MaxErrorsShown)
        {
            writer.WriteLine($"  ……另有 {result.Errors.Count - MaxErrorsShown} 处错误未列出。");
        }
    }
}
