using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Table 三 (收到和处理政府信息公开申请情况): columns and rows of both editions.</summary>
/// <remarks>
/// Data table: the labels are the official ones of the 2019 format and of 国办公开办函〔2021〕30号; each row also
/// carries its place in the printed numbering and the key phrases its printed variants share.
/// </remarks>
public static class RequestsTemplate
{
    /// <summary>自然人.</summary>
    public static ColumnKey NaturalPerson { get; } = new("naturalPerson");

    /// <summary>法人或其他组织·商业企业.</summary>
    public static ColumnKey Commercial { get; } = new("commercial");

    /// <summary>法人或其他组织·科研机构.</summary>
    public static ColumnKey Research { get; } = new("research");

    /// <summary>法人或其他组织·社会公益组织.</summary>
    public static ColumnKey PublicInterest { get; } = new("publicInterest");

    /// <summary>法人或其他组织·法律服务机构.</summary>
    public static ColumnKey LegalService { get; } = new("legalService");

    /// <summary>法人或其他组织·其他.</summary>
    public static ColumnKey OtherApplicants { get; } = new("other");

    /// <summary>The 总计 column.</summary>
    public static ColumnKey TotalColumn { get; } = new("total");

    /// <summary>The header over the applicant columns.</summary>
    public const string ApplicantsHeader = "申请人情况";

    /// <summary>The header over the five organisation columns.</summary>
    public const string OrganisationsHeader = "法人或其他组织";

    /// <summary>The note over the label columns (the balance the rows obey).</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The label over the outcome rows (一)–(七).</summary>
    public const string OutcomesHeader = "三、本年度办理结果";

    /// <summary>一、本年新收.</summary>
    public static RowKey NewReceived { get; } = new("newReceived");

    /// <summary>二、上年结转.</summary>
    public static RowKey CarriedOver { get; } = new("carriedOver");

    /// <summary>三(七) 总计.</summary>
    public static RowKey Total { get; } = new("total");

    /// <summary>四、结转下年度继续办理.</summary>
    public static RowKey CarriedForward { get; } = new("carriedForward");

    /// <summary>三(一) 予以公开.</summary>
    public static RowKey Granted { get; } = new("granted");

    /// <summary>三(二) 部分公开.</summary>
    public static RowKey PartiallyGranted { get; } = new("partiallyGranted");

    /// <summary>三(四)1 本机关不掌握相关政府信息.</summary>
    public static RowKey NotHeld { get; } = new("unavailable.notHeld");

    /// <summary>三(六) 其他处理 of the 2019 format: one row.</summary>
    public static RowKey OtherHandling { get; } = new("other");

    /// <summary>三(六)1 of the 2021 format: 申请人无正当理由逾期不补正.</summary>
    public static RowKey OtherNoCorrection { get; } = new("other.noCorrection");

    /// <summary>三(六)3 of the 2021 format: 其他.</summary>
    public static RowKey OtherOther { get; } = new("other.other");

    /// <summary>The prefix of the 2021 format's (六) sub-rows' keys.</summary>
    public const string OtherSubRowPrefix = "other.";

    /// <summary>The six applicant columns and 总计, in printed order (申请人情况).</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new(NaturalPerson, "自然人", CellKind.Count),
        new(Commercial, "商业企业", CellKind.Count),
        new(Research, "科研机构", CellKind.Count),
        new(PublicInterest, "社会公益组织", CellKind.Count),
        new(LegalService, "法律服务机构", CellKind.Count),
        new(OtherApplicants, "其他", CellKind.Count),
        new(TotalColumn, "总计", CellKind.Count),
    ];

    /// <summary>The applicant columns that 总计 sums (all but <c>total</c>).</summary>
    public static IReadOnlyList<ColumnKey> ApplicantColumns { get; } = [.. Columns.Select(c => c.Id).Where(c => c != TotalColumn)];

    /// <summary>The outcome rows (一)–(五) common to both editions; (七) sums these and the (六) rows.</summary>
    public static IReadOnlyList<RowSpec> CommonOutcomes { get; } =
    [
        Row(Granted, "（一）予以公开", new(3, 1), "予以公开"),
        Row(PartiallyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", new(3, 2), "部分公开"),
        Row("withheld.stateSecret", "（三）不予公开 1．属于国家秘密", new(3, 3, 1), "国家秘密"),
        Row("withheld.otherLaw", "（三）不予公开 2．其他法律行政法规禁止公开", new(3, 3, 2), "法律行政法规禁止", "法规禁止公开"),
        Row("withheld.security", "（三）不予公开 3．危及“三安全一稳定”", new(3, 3, 3), "三安全一稳定", "危及"),
        Row("withheld.thirdParty", "（三）不予公开 4．保护第三方合法权益", new(3, 3, 4), "第三方"),
        Row("withheld.internal", "（三）不予公开 5．属于三类内部事务信息", new(3, 3, 5), "内部事务"),
        Row("withheld.process", "（三）不予公开 6．属于四类过程性信息", new(3, 3, 6), "过程性"),
        Row("withheld.enforcement", "（三）不予公开 7．属于行政执法案卷", new(3, 3, 7), "执法案卷"),
        Row("withheld.query", "（三）不予公开 8．属于行政查询事项", new(3, 3, 8), "查询事项"),
        Row(NotHeld, "（四）无法提供 1．本机关不掌握相关政府信息", new(3, 4, 1), "不掌握"),
        Row("unavailable.needsCreation", "（四）无法提供 2．没有现成信息需要另行制作", new(3, 4, 2), "另行制作", "没有现成"),
        Row("unavailable.unclear", "（四）无法提供 3．补正后申请内容仍不明确", new(3, 4, 3), "仍不明确", "补正后"),
        Row("rejected.petition", "（五）不予处理 1．信访举报投诉类申请", new(3, 5, 1), "信访", "举报投诉"),
        Row("rejected.duplicate", "（五）不予处理 2．重复申请", new(3, 5, 2), "重复申请"),
        Row("rejected.publication", "（五）不予处理 3．要求提供公开出版物", new(3, 5, 3), "出版物"),
        Row("rejected.excessive", "（五）不予处理 4．无正当理由大量反复申请", new(3, 5, 4), "大量反复"),
        Row("rejected.confirmation", "（五）不予处理 5．要求行政机关确认或重新出具已获取信息", new(3, 5, 5), "重新出具", "确认或"),
    ];

    /// <summary>(六) in the 2019 format: one row.</summary>
    public static IReadOnlyList<RowSpec> OtherRows2019 { get; } = [Row(OtherHandling, "（六）其他处理", new(3, 6), "其他处理")];

    /// <summary>(六) in the 2021 format: three rows.</summary>
    public static IReadOnlyList<RowSpec> OtherRows2021 { get; } =
    [
        Row(OtherNoCorrection, "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", new(3, 6, 1), "逾期不补正", "不补正"),
        Row("other.unpaidFee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", new(3, 6, 2), "缴纳费用", "收费通知"),
        Row(OtherOther, "（六）其他处理 3.其他", new(3, 6, 3)),
    ];

    private static RowSpec NewReceivedRow { get; } = Row(NewReceived, "一、本年新收政府信息公开申请数量", new(1), "本年新收", "新收");

    private static RowSpec CarriedOverRow { get; } = Row(CarriedOver, "二、上年结转政府信息公开申请数量", new(2), "上年结转");

    private static RowSpec TotalRow { get; } = Row(Total, "（七）总计", new(3, 7), "总计", "合计");

    private static RowSpec CarriedForwardRow { get; } = Row(CarriedForward, "四、结转下年度继续办理", new(4), "结转下年度", "继续办理");

    /// <summary>
    /// Every row of both editions, in the order a printed label is matched against their key phrases (the 2021
    /// format's (六) sub-rows before the 2019 format's single 其他处理 row).
    /// </summary>
    public static IReadOnlyList<RowSpec> AllRows { get; } =
        [NewReceivedRow, CarriedOverRow, .. CommonOutcomes, .. OtherRows2021, .. OtherRows2019, TotalRow, CarriedForwardRow];

    /// <summary>The table for <paramref name="version"/> (built once per edition: every report's completeness check asks for it).</summary>
    public static TableSpec For(TemplateVersion version) => version == TemplateVersion.V2019 ? Table2019 : Table2021;

    // Declared after the rows they are built from: static initialisers run in textual order.
    private static readonly TableSpec Table2019 = Build(TemplateVersion.V2019);

    private static readonly TableSpec Table2021 = Build(TemplateVersion.V2021);

    private static TableSpec Build(TemplateVersion version) =>
        new(TableKind.Requests, [NewReceivedRow, CarriedOverRow, .. OutcomeRows(version), TotalRow, CarriedForwardRow]);

    /// <summary>The outcome rows (一)–(六) of <paramref name="version"/>, which (七) sums.</summary>
    public static IEnumerable<RowSpec> OutcomeRows(TemplateVersion version) =>
        CommonOutcomes.Concat(version == TemplateVersion.V2019 ? OtherRows2019 : OtherRows2021);

    /// <summary>Whether <paramref name="row"/> is one of the 2021 format's (六) sub-rows.</summary>
    public static bool IsOtherSubRow(string row) => row.StartsWith(OtherSubRowPrefix, StringComparison.Ordinal);

    private static RowSpec Row(RowKey key, string label, RowNumbering numbering, params string[] variants) =>
        new(key, label, Columns) { Numbering = numbering, Variants = variants };

    private static RowSpec Row(string key, string label, RowNumbering numbering, params string[] variants) =>
        Row(new RowKey(key), label, numbering, variants);
}
