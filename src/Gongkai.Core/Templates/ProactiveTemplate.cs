using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Table 二 (主动公开政府信息情况) of both editions; items are those of 条例 art. 20.</summary>
public static class ProactiveTemplate
{
    private static readonly IReadOnlyList<ColumnSpec> Documents2019 =
    [
        new("newlyMade", "本年新制作数量", CellKind.Count),
        new("newlyPublished", "本年新公开数量", CellKind.Count),
        new("totalPublished", "对外公开总数量", CellKind.Count),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Items2019 =
    [
        new("previousItems", "上一年项目数量", CellKind.Count),
        new("change", "本年增/减", CellKind.Change),
        new("decisions", "处理决定数量", CellKind.Count),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Fees2019 =
    [
        new("previousItems", "上一年项目数量", CellKind.Count),
        new("change", "本年增/减", CellKind.Change),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Procurement2019 =
    [
        new("projects", "采购项目数量", CellKind.Count),
        new("amount", "采购总金额", CellKind.Money),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Documents2021 =
    [
        new("issued", "本年制发件数", CellKind.Count),
        new("repealed", "本年废止件数", CellKind.Count),
        new("inForce", "现行有效件数", CellKind.Count),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Decisions2021 = [new("decisions", "本年处理决定数量", CellKind.Count)];

    private static readonly IReadOnlyList<ColumnSpec> Fees2021 = [new("amount", "本年收费金额（单位：万元）", CellKind.Money)];

    /// <summary>Item (一)'s rows, whose documents 2021's 现行有效件数 counts.</summary>
    public static IReadOnlyList<string> DocumentRows { get; } = ["rules", "normativeDocuments"];

    /// <summary>The 2019 format's rows with 上一年项目数量 and 本年增/减 (items (五), (六), (八)).</summary>
    public static IReadOnlyList<string> ItemRows2019 { get; } = ["licensing", "otherServices", "punishment", "coercion", "fees"];

    /// <summary>The 2019 format's table 二.</summary>
    public static TableSpec V2019 { get; } = new(TableKind.Proactive,
    [
        new("rules", "规章", Documents2019, "（一）"),
        new("normativeDocuments", "规范性文件", Documents2019, "（一）"),
        new("licensing", "行政许可", Items2019, "（五）"),
        new("otherServices", "其他对外管理服务事项", Items2019, "（五）"),
        new("punishment", "行政处罚", Items2019, "（六）"),
        new("coercion", "行政强制", Items2019, "（六）"),
        new("fees", "行政事业性收费", Fees2019, "（八）"),
        new("procurement", "政府集中采购", Procurement2019, "（九）"),
    ]);

    /// <summary>The 2021 format's table 二 (国办公开办函〔2021〕30号): no 其他对外管理服务事项, no item (九).</summary>
    public static TableSpec V2021 { get; } = new(TableKind.Proactive,
    [
        new("rules", "规章", Documents2021, "（一）"),
        new("normativeDocuments", "行政规范性文件", Documents2021, "（一）"),
        new("licensing", "行政许可", Decisions2021, "（五）"),
        new("punishment", "行政处罚", Decisions2021, "（六）"),
        new("coercion", "行政强制", Decisions2021, "（六）"),
        new("fees", "行政事业性收费", Fees2021, "（八）"),
    ]);

    /// <summary>The table for <paramref name="version"/>.</summary>
    public static TableSpec For(TemplateVersion version) => version == TemplateVersion.V2019 ? V2019 : V2021;
}
