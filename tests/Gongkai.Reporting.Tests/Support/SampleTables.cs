using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.Tests.Support;

/// <summary>Small tables for the writer tests, about a fictional agency.</summary>
internal static class SampleTables
{
    public static readonly TabularColumn[] IssueColumns =
    [
        new("机关名称", TabularType.Text),
        new("问题数", TabularType.Integer),
        new("金额（万元）", TabularType.Decimal),
        new("发布日期", TabularType.Date),
    ];

    public static TabularSheet Issues(string name = "问题清单") => new(name, IssueColumns,
    [
        ["示例县人民政府办公室", 3, 4195.8936m, new DateOnly(2024, 1, 31)],
        ["示例县财政局", 0, 0.5m, null],
        [null, 12L, -1.25m, new DateOnly(2023, 12, 31)],
    ]);

    public static TabularSheet Of(string name, TabularType type, params object?[] values) =>
        new(name, [new TabularColumn("值", type)], values.Select(v => (IReadOnlyList<object?>)[v]));
}
