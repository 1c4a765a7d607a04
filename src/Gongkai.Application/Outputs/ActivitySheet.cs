using System.Globalization;
using Gongkai.Reporting.Tabular;
using Gongkai.Store.Accounts;

namespace Gongkai.Application.Outputs;

/// <summary>The audit log as a sheet (操作日志) for the CSV and XLSX writers; times in China Standard Time.</summary>
public static class ActivitySheet
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <param name="entries">The entries, in the order to write them.</param>
    /// <param name="actionName">The Chinese name of an action key.</param>
    public static TabularSheet Of(IEnumerable<AuditEntry> entries, Func<string, string> actionName)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actionName);
        return new TabularSheet(
            "操作日志",
            [
                new TabularColumn("时间（北京时间）", TabularType.Text, 20),
                new TabularColumn("用户", TabularType.Text, 16),
                new TabularColumn("操作", TabularType.Text, 14),
                new TabularColumn("对象", TabularType.Text, 20),
                new TabularColumn("说明", TabularType.Text, 60),
                new TabularColumn("地址", TabularType.Text, 16),
            ],
            entries.Select(e => (IReadOnlyList<object?>)
            [
                e.At.ToOffset(ChinaTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                e.Actor ?? "（匿名）", actionName(e.Action), e.Resource, e.Detail, e.Address,
            ]));
    }
}
