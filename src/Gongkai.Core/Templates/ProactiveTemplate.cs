using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Table 二 (主动公开政府信息情况) of both editions; items are those of 条例 art. 20.</summary>
public static class ProactiveTemplate
{
    /// <summary>The article table 二's header cites for its items (第二十条第（一）项 …).</summary>
    public const string ArticleReference = "第二十条";

    /// <summary>The header of the label column (信息内容).</summary>
    public const string ContentHeader = "信息内容";

    /// <summary>规章.</summary>
    public static RowKey Rules { get; } = new("rules");

    /// <summary>(行政)规范性文件.</summary>
    public static RowKey NormativeDocuments { get; } = new("normativeDocuments");

    /// <summary>行政许可.</summary>
    public static RowKey Licensing { get; } = new("licensing");

    /// <summary>其他对外管理服务事项 (2019 format only).</summary>
    public static RowKey OtherServices { get; } = new("otherServices");

    /// <summary>行政处罚.</summary>
    public static RowKey Punishment { get; } = new("punishment");

    /// <summary>行政强制.</summary>
    public static RowKey Coercion { get; } = new("coercion");

    /// <summary>行政事业性收费.</summary>
    public static RowKey Fees { get; } = new("fees");

    /// <summary>政府集中采购 (2019 format only).</summary>
    public static RowKey Procurement { get; } = new("procurement");

    /// <summary>本年新制作数量 (2019).</summary>
    public static ColumnKey NewlyMade { get; } = new("newlyMade");

    /// <summary>本年新公开数量 (2019).</summary>
    public static ColumnKey NewlyPublished { get; } = new("newlyPublished");

    /// <summary>对外公开总数量 (2019).</summary>
    public static ColumnKey TotalPublished { get; } = new("totalPublished");

    /// <summary>上一年项目数量 (2019).</summary>
    public static ColumnKey PreviousItems { get; } = new("previousItems");

    /// <summary>本年增/减 (2019).</summary>
    public static ColumnKey Change { get; } = new("change");

    /// <summary>(本年)处理决定数量.</summary>
    public static ColumnKey Decisions { get; } = new("decisions");

    /// <summary>采购项目数量 (2019).</summary>
    public static ColumnKey Projects { get; } = new("projects");

    /// <summary>采购总金额 (2019) or 本年收费金额 (2021), in 万元.</summary>
    public static ColumnKey Amount { get; } = new("amount");

    /// <summary>本年制发件数 (2021).</summary>
    public static ColumnKey Issued { get; } = new("issued");

    /// <summary>本年废止件数 (2021).</summary>
    public static ColumnKey Repealed { get; } = new("repealed");

    /// <summary>现行有效件数 (2021).</summary>
    public static ColumnKey InForce { get; } = new("inForce");

    private static readonly IReadOnlyList<ColumnSpec> Documents2019 =
    [
        new(NewlyMade, "本年新制作数量", CellKind.Count),
        new(NewlyPublished, "本年新公开数量", CellKind.Count),
        new(TotalPublished, "对外公开总数量", CellKind.Count),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Items2019 =
    [
        new(PreviousItems, "上一年项目数量", CellKind.Count),
        new(Change, "本年增/减", CellKind.Change),
        new(Decisions, "处理决定数量", CellKind.Count),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Fees2019 =
    [
        new(PreviousItems, "上一年项目数量", CellKind.Count),
        new(Change, "本年增/减", CellKind.Change),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Procurement2019 =
    [
        new(Projects, "采购项目数量", CellKind.Count),
        new(Amount, "采购总金额", CellKind.Money),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Documents2021 =
    [
        new(Issued, "本年制发件数", CellKind.Count),
        new(Repealed, "本年废止件数", CellKind.Count),
        new(InForce, "现行有效件数", CellKind.Count),
    ];

    private static readonly IReadOnlyList<ColumnSpec> Decisions2021 = [new(Decisions, "本年处理决定数量", CellKind.Count)];

    private static readonly IReadOnlyList<ColumnSpec> Fees2021 = [new(Amount, "本年收费金额（单位：万元）", CellKind.Money)];

    /// <summary>Item (一)'s rows, whose documents 2021's 现行有效件数 counts.</summary>
    public static IReadOnlyList<RowKey> DocumentRows { get; } = [Rules, NormativeDocuments];

    /// <summary>The 2019 format's rows with 上一年项目数量 and 本年增/减 (items (五), (六), (八)).</summary>
    public static IReadOnlyList<RowKey> ItemRows2019 { get; } = [Licensing, OtherServices, Punishment, Coercion, Fees];

    /// <summary>
    /// Key phrases of the row labels reports print, in matching order (a printed label containing the phrase is
    /// the row; the first phrase found wins).
    /// </summary>
    public static IReadOnlyList<(string Phrase, RowKey Row)> RowVariants { get; } =
    [
        ("规范性文件", NormativeDocuments),
        ("规章", Rules),
        ("行政许可", Licensing),
        ("对外管理服务", OtherServices),
        ("行政处罚", Punishment),
        ("行政强制", Coercion),
        ("收费", Fees),
        ("集中采购", Procurement),
    ];

    /// <summary>
    /// Key phrases of the column headers reports print, in matching order, with the edition whose header uses the
    /// phrase (<see langword="null"/>: both).
    /// </summary>
    public static IReadOnlyList<(string Phrase, ColumnKey Column, TemplateVersion? Edition)> ColumnVariants { get; } =
    [
        ("新制作", NewlyMade, TemplateVersion.V2019),
        ("新公开", NewlyPublished, TemplateVersion.V2019),
        ("公开总数", TotalPublished, TemplateVersion.V2019),
        ("上一年项目", PreviousItems, TemplateVersion.V2019),
        ("上年项目", PreviousItems, TemplateVersion.V2019),
        ("增/减", Change, TemplateVersion.V2019),
        ("增减", Change, TemplateVersion.V2019),
        ("本年处理决定", Decisions, TemplateVersion.V2021),
        ("处理决定", Decisions, null),
        ("采购项目", Projects, TemplateVersion.V2019),
        ("总金额", Amount, TemplateVersion.V2019),
        ("制发", Issued, TemplateVersion.V2021),
        ("废止", Repealed, TemplateVersion.V2021),
        ("现行有效", InForce, TemplateVersion.V2021),
        ("收费金额", Amount, TemplateVersion.V2021),
    ];

    /// <summary>The 2019 format's table 二.</summary>
    public static TableSpec V2019 { get; } = new(TableKind.Proactive,
    [
        new(Rules, "规章", Documents2019, "（一）"),
        new(NormativeDocuments, "规范性文件", Documents2019, "（一）"),
        new(Licensing, "行政许可", Items2019, "（五）"),
        new(OtherServices, "其他对外管理服务事项", Items2019, "（五）"),
        new(Punishment, "行政处罚", Items2019, "（六）"),
        new(Coercion, "行政强制", Items2019, "（六）"),
        new(Fees, "行政事业性收费", Fees2019, "（八）"),
        new(Procurement, "政府集中采购", Procurement2019, "（九）"),
    ]);

    /// <summary>The 2021 format's table 二 (国办公开办函〔2021〕30号): no 其他对外管理服务事项, no item (九).</summary>
    public static TableSpec V2021 { get; } = new(TableKind.Proactive,
    [
        new(Rules, "规章", Documents2021, "（一）"),
        new(NormativeDocuments, "行政规范性文件", Documents2021, "（一）"),
        new(Licensing, "行政许可", Decisions2021, "（五）"),
        new(Punishment, "行政处罚", Decisions2021, "（六）"),
        new(Coercion, "行政强制", Decisions2021, "（六）"),
        new(Fees, "行政事业性收费", Fees2021, "（八）"),
    ]);

    /// <summary>The rows only the 2019 format has.</summary>
    public static IReadOnlyList<RowKey> Rows2019Only { get; } = [.. V2019.Rows.Select(r => r.Id).Where(k => V2021.Row(k) is null)];

    /// <summary>The table for <paramref name="version"/>.</summary>
    public static TableSpec For(TemplateVersion version) => version == TemplateVersion.V2019 ? V2019 : V2021;
}
