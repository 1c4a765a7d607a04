using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况): three groups of five cells, the same in both editions.</summary>
public static class AppealsTemplate
{
    /// <summary>结果维持.</summary>
    public static ColumnKey Upheld { get; } = new("upheld");

    /// <summary>结果纠正.</summary>
    public static ColumnKey Corrected { get; } = new("corrected");

    /// <summary>其他结果.</summary>
    public static ColumnKey Other { get; } = new("other");

    /// <summary>尚未审结.</summary>
    public static ColumnKey Pending { get; } = new("pending");

    /// <summary>总计 of a group.</summary>
    public static ColumnKey Total { get; } = new("total");

    /// <summary>行政复议.</summary>
    public static RowKey Reconsideration { get; } = new("reconsideration");

    /// <summary>行政诉讼·未经复议直接起诉.</summary>
    public static RowKey LitigationDirect { get; } = new("litigationDirect");

    /// <summary>行政诉讼·复议后起诉.</summary>
    public static RowKey LitigationAfterReconsideration { get; } = new("litigationAfterReconsideration");

    /// <summary>The five cells of each group, in printed order.</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new(Upheld, "结果维持", CellKind.Count),
        new(Corrected, "结果纠正", CellKind.Count),
        new(Other, "其他结果", CellKind.Count),
        new(Pending, "尚未审结", CellKind.Count),
        new(Total, "总计", CellKind.Count),
    ];

    /// <summary>The cells each group's 总计 sums.</summary>
    public static IReadOnlyList<ColumnKey> Parts { get; } = [Upheld, Corrected, Other, Pending];

    /// <summary>The whole header texts reports print for a column, besides its official label.</summary>
    public static IReadOnlyList<(string Text, ColumnKey Column)> ColumnVariants { get; } =
    [
        ("维持", Upheld),
        ("纠正", Corrected),
        ("合计", Total),
    ];

    /// <summary>
    /// Key phrases of the group labels, in matching order: the litigation groups first, whose labels may also name
    /// 行政复议 (经复议后起诉).
    /// </summary>
    public static IReadOnlyList<(string Phrase, RowKey Group)> GroupVariants { get; } =
    [
        ("复议后", LitigationAfterReconsideration),
        ("未经复议", LitigationDirect),
        ("直接起诉", LitigationDirect),
        ("行政复议", Reconsideration),
    ];

    /// <summary>The table; its "rows" are the three groups in printed order.</summary>
    public static TableSpec Table { get; } = new(TableKind.Appeals,
    [
        new(Reconsideration, "行政复议", Columns),
        new(LitigationDirect, "行政诉讼·未经复议直接起诉", Columns),
        new(LitigationAfterReconsideration, "行政诉讼·复议后起诉", Columns),
    ]);
}
