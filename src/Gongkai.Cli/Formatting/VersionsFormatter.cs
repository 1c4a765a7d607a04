using System.Globalization;
using Gongkai.Application.Versions;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Cli.Formatting;

/// <summary>A report's versions as a table, how the current one is chosen, and each version's changed cells.</summary>
internal static class VersionsFormatter
{
    private const int ListedChanges = 30;

    public static void Write(TextWriter output, VersionsResult listed)
    {
        var report = listed.Report!;
        var versions = listed.Versions;
        output.WriteLine($"■ {report.UnitName ?? report.Agency} {report.Year} 年度报告：共 {versions.Count} 个版本，当前为第 {report.Version} 版");
        output.WriteLine("  当前版本的确定：落款日期较晚者为准（有日期的优先于没有日期的）；日期相同或都没有时，以来源文件修改时间较晚者为准；");
        output.WriteLine("  再相同时按内容摘要。内容与已有版本相同的文件只记为该版本的来源，不会成为新版本，也不会取代当前版本（除非导入时加 --make-current）。");
        output.WriteLine();

        string[] headers = ["版本", "当前", "落款日期", "首次导入（UTC）", "错误", "警告", "来源文件"];
        var rows = versions.Select(v => new[]
        {
            $"第{v.Number}版", v.IsCurrent ? "●" : "", v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
            Time(v.ImportedAt), v.Errors.ToString(CultureInfo.InvariantCulture), v.Warnings.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var widths = Enumerable.Range(0, headers.Length - 1).Select(i => rows.Select(r => TextWidth.Of(r[i])).Append(TextWidth.Of(headers[i])).Max() + 2).ToArray();
        output.WriteLine(string.Concat(headers.Take(widths.Length).Select((h, i) => TextWidth.PadRight(h, widths[i]))) + headers[^1]);

        var indent = widths.Sum();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var sources = version.Sources.Select(s => $"{s.Path}（{s.Format}，{(s.ImportedAt is null ? null : Time(s.ImportedAt))} 导入）").ToList();
            output.WriteLine(string.Concat(rows[i].Select((c, j) => TextWidth.PadRight(c, widths[j]))) + (sources.FirstOrDefault() ?? "—"));
            foreach (var source in sources.Skip(1))
            {
                output.WriteLine(new string(' ', indent) + source);
            }

            if (version.Changes is { } changes)
            {
                WriteChanges(output, version.Number - 1, changes);
            }
        }
    }

    private static string Time(string utc) => utc.Replace('T', ' ').TrimEnd('Z');

    private static void WriteChanges(TextWriter output, int before, IReadOnlyList<ChangedCell> changed)
    {
        if (changed.Count == 0)
        {
            output.WriteLine($"      与第 {before} 版相比：表格数值相同（改动在表格以外，如正文、落款日期）");
            return;
        }

        output.WriteLine($"      与第 {before} 版相比改动 {changed.Count} 个单元格：");
        foreach (var change in changed.Take(ListedChanges))
        {
            var cell = change.Cell;
            var kind = cell.Kind;
            output.WriteLine($"        {kind.ToDisplayName()} {TemplateLabels.RowLabel(kind, cell.Row)} {TemplateLabels.ColumnLabel(kind, cell.Column, cell.Row)}：" +
                $"{Shown(change.Before, change.WasPresent)} → {Shown(change.After, change.IsPresent)}");
        }

        if (changed.Count > ListedChanges)
        {
            output.WriteLine($"        ……另有 {changed.Count - ListedChanges} 个");
        }
    }

    private static string Shown(decimal? value, bool present) =>
        present ? value is null ? "空白" : CellTableFormatter.Number(value) : "未填";
}
