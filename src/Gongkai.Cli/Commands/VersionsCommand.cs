using System.CommandLine;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai versions --agency A --year Y</c>: every stored version of a report, which one is current and why, the
/// files that gave each, and the cells each changed against the version before.
/// </summary>
internal static class VersionsCommand
{
    private static readonly Option<string> Agency = new("--agency") { Description = "单位代码或名称", Required = true };
    private static readonly Option<int> Year = new("--year") { Description = "年度", Required = true };
    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("versions", "查看一份报告的全部版本：哪个是当前版本、各版本的来源文件和错误警告数、与上一版相比改动的单元格") { Agency, Year, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var agency = result.GetValue(Agency)!;
            var year = result.GetValue(Year);
            var queries = new StoreQueries(store);
            if (queries.Find(agency, year) is not { } report)
            {
                error.WriteLine($"数据库中没有“{agency}”的 {year} 年度报告。");
                return ExitCodes.UnusableInput;
            }

            Write(output, report, store.History(report.ReportId), queries);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, StoredReport report, IReadOnlyList<ReportVersionInfo> history, StoreQueries queries)
    {
        var versions = history.GroupBy(h => h.Version).OrderBy(g => g.Key).ToList();
        output.WriteLine($"■ {report.UnitName ?? report.Agency} {report.Year} 年度报告：共 {versions.Count} 个版本，当前为第 {report.Version} 版");
        output.WriteLine("  当前版本的确定：落款日期较晚者为准（有日期的优先于没有日期的）；日期相同或都没有时，以来源文件修改时间较晚者为准；");
        output.WriteLine("  再相同时按内容摘要。内容与已有版本相同的文件只记为该版本的来源，不会成为新版本，也不会取代当前版本（除非导入时加 --make-current）。");
        output.WriteLine();

        string[] headers = ["版本", "当前", "落款日期", "首次导入（UTC）", "错误", "警告", "来源文件"];
        var rows = versions.Select(v =>
        {
            var first = v.First();
            return new[]
            {
                $"第{v.Key}版", first.IsCurrent ? "●" : "", first.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                first.ImportedAt.Replace('T', ' ').TrimEnd('Z'), first.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture),
                first.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }).ToList();
        var widths = Enumerable.Range(0, headers.Length - 1).Select(i => rows.Select(r => TextWidth.Of(r[i])).Append(TextWidth.Of(headers[i])).Max() + 2).ToArray();
        output.WriteLine(string.Concat(headers.Take(widths.Length).Select((h, i) => TextWidth.PadRight(h, widths[i]))) + headers[^1]);

        IReadOnlyDictionary<CellKey, decimal?>? previous = null;
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var indent = widths.Sum();
            var sources = version.Where(s => s.SourcePath is not null)
                .Select(s => $"{s.SourcePath}（{s.Format}，{s.SourceImportedAt?.Replace('T', ' ').TrimEnd('Z')} 导入）").ToList();
            output.WriteLine(string.Concat(rows[i].Select((c, j) => TextWidth.PadRight(c, widths[j]))) + (sources.FirstOrDefault() ?? "—"));
            foreach (var source in sources.Skip(1))
            {
                output.WriteLine(new string(' ', indent) + source);
            }

            var facts = queries.Facts(version.First().VersionId);
            if (previous is not null)
            {
                WriteChanges(output, version.Key - 1, previous, facts);
            }

            previous = facts;
        }
    }

    private const int ListedChanges = 30;

    private static void WriteChanges(TextWriter output, int before, IReadOnlyDictionary<CellKey, decimal?> previous, IReadOnlyDictionary<CellKey, decimal?> facts)
    {
        var changed = previous.Keys.Union(facts.Keys)
            .Where(k => previous.GetValueOrDefault(k) != facts.GetValueOrDefault(k) || previous.ContainsKey(k) != facts.ContainsKey(k))
            .OrderBy(CellKey.Order)
            .ToList();
        if (changed.Count == 0)
        {
            output.WriteLine($"      与第 {before} 版相比：表格数值相同（改动在表格以外，如正文、落款日期）");
            return;
        }

        output.WriteLine($"      与第 {before} 版相比改动 {changed.Count} 个单元格：");
        foreach (var cell in changed.Take(ListedChanges))
        {
            var kind = cell.Kind;
            output.WriteLine($"        {kind.ToDisplayName()} {TemplateLabels.RowLabel(kind, cell.Row)} {TemplateLabels.ColumnLabel(kind, cell.Column, cell.Row)}：" +
                $"{Shown(previous, cell)} → {Shown(facts, cell)}");
        }

        if (changed.Count > ListedChanges)
        {
            output.WriteLine($"        ……另有 {changed.Count - ListedChanges} 个");
        }
    }

    private static string Shown(IReadOnlyDictionary<CellKey, decimal?> facts, CellKey cell) =>
        facts.TryGetValue(cell, out var value) ? value is null ? "空白" : CellTableFormatter.Number(value) : "未填";
}
