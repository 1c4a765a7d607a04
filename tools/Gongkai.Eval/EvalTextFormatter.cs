using System.Globalization;

namespace Gongkai.Eval;

/// <summary>Writes <c>eval</c> results: a line per file with its wrong values, per-format accuracy, and a total line last.</summary>
internal sealed class EvalTextFormatter(TextWriter output)
{
    private const int MaxWrongShown = 20;

    public void WriteFile(EvaluatedFile file)
    {
        var mark = file.IsExact ? "✓" : "✗";
        output.WriteLine($"{mark} {Path.GetFileName(file.RawFile),-36} {file.Format,-10} {file.Correct,5}/{file.Total,-5} {Percent(file.Correct, file.Total)}");
        if (file.Failure is not null)
        {
            output.WriteLine($"    无法解析：{file.Failure}");
        }

        var wrong = file.Comparisons.Where(c => !c.IsMatch).ToList();
        foreach (var cell in wrong.Take(MaxWrongShown))
        {
            output.WriteLine($"    {cell.Path}：应为 {cell.Expected}，解析为 {cell.Actual}");
        }

        if (wrong.Count > MaxWrongShown)
        {
            output.WriteLine($"    ……另有 {wrong.Count - MaxWrongShown} 处不一致");
        }
    }

    /// <summary>
    /// Per-format lines, then for each of <paramref name="groupings"/> one line per value (files whose key is null are
    /// left out of that grouping), and the total line last.
    /// </summary>
    public void WriteSummary(IReadOnlyList<EvaluatedFile> files, IReadOnlyList<EvalGrouping>? groupings = null)
    {
        output.WriteLine();
        WriteGroups("按格式", files, f => f.Format);
        foreach (var grouping in groupings ?? [])
        {
            WriteGroups(grouping.Label, files, grouping.Key);
        }

        WriteTotal("总计", files);
    }

    /// <summary>The line <paramref name="label"/>：单元格准确率 …，完全正确的报告 n/m 份 over <paramref name="files"/>.</summary>
    public void WriteTotal(string label, IReadOnlyList<EvaluatedFile> files)
    {
        var allCorrect = files.Sum(f => f.Correct);
        var allTotal = files.Sum(f => f.Total);
        output.WriteLine($"{label}：单元格准确率 {Percent(allCorrect, allTotal)}（{allCorrect}/{allTotal}），完全正确的报告 {files.Count(f => f.IsExact)}/{files.Count} 份");
    }

    private void WriteGroups(string label, IReadOnlyList<EvaluatedFile> files, Func<EvaluatedFile, string?> key)
    {
        foreach (var group in files.Select(f => (File: f, Key: key(f))).Where(f => f.Key is not null).GroupBy(f => f.Key!, f => f.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var correct = group.Sum(f => f.Correct);
            var total = group.Sum(f => f.Total);
            output.WriteLine($"{label} {group.Key}：{group.Count()} 份，单元格 {correct}/{total} = {Percent(correct, total)}，完全正确 {group.Count(f => f.IsExact)}/{group.Count()}");
        }
    }

    /// <summary>A share as a percentage with two decimals, or — when there is nothing to share.</summary>
    public static string Percent(int correct, int total) =>
        total == 0 ? "—" : (100.0 * correct / total).ToString("F2", CultureInfo.InvariantCulture) + "%";
}
