using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况): three groups of five cells, the same in both editions.</summary>
public static class AppealsTemplate
{
    /// <summary>The five cells of each group, in printed order.</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("upheld", "结果维持", CellKind.Count),
        new("corrected", "结果纠正", CellKind.Count),
        new("other", "其他结果", CellKind.Count),
        new("pending", "尚未审结", CellKind.Count),
        new("total", "总计", CellKind.Count),
    ];

    /// <summary>The cells each group's 总计 sums.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["upheld", "corrected", "other", "pending"];

    /// <summary>The table; its "rows" are the three groups in printed order.</summary>
    public static TableSpec Table { get; } = new(TableKind.Appeals,
    [
        new("reconsideration", "行政复议", Columns),
        new("litigationDirect", "行政诉讼·未经复议直接起诉", Columns),
        new("litigationAfterReconsideration", "行政诉讼·复议后起诉", Columns),
    ]);
}
