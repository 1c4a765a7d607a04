namespace Gongkai.Parsing.Tables;

/// <summary>
/// How table 三's printed rows are recognised: the numbering (top level 一–四, group (一)–(七), item 1–8) and
/// key phrases of each official label. Data table.
/// </summary>
internal static class RequestsRowCatalog
{
    /// <summary>One row: its key, its place in the numbering and the phrases that identify its label.</summary>
    public sealed record Entry(string Key, int? Top, int? Group, int? Item, string Canonical, params string[] Phrases);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("newReceived", 1, null, null, "本年新收政府信息公开申请数量", "本年新收", "新收"),
        new("carriedOver", 2, null, null, "上年结转政府信息公开申请数量", "上年结转"),
        new("granted", 3, 1, null, "予以公开", "予以公开"),
        new("partiallyGranted", 3, 2, null, "部分公开(区分处理的,只计这一情形,不计其他情形)", "部分公开"),
        new("withheld.stateSecret", 3, 3, 1, "属于国家秘密", "国家秘密"),
        new("withheld.otherLaw", 3, 3, 2, "其他法律行政法规禁止公开", "法律行政法规禁止", "法规禁止公开"),
        new("withheld.security", 3, 3, 3, "危及三安全一稳定", "三安全一稳定", "危及"),
        new("withheld.thirdParty", 3, 3, 4, "保护第三方合法权益", "第三方"),
        new("withheld.internal", 3, 3, 5, "属于三类内部事务信息", "内部事务"),
        new("withheld.process", 3, 3, 6, "属于四类过程性信息", "过程性"),
        new("withheld.enforcement", 3, 3, 7, "属于行政执法案卷", "执法案卷"),
        new("withheld.query", 3, 3, 8, "属于行政查询事项", "查询事项"),
        new("unavailable.notHeld", 3, 4, 1, "本机关不掌握相关政府信息", "不掌握"),
        new("unavailable.needsCreation", 3, 4, 2, "没有现成信息需要另行制作", "另行制作", "没有现成"),
        new("unavailable.unclear", 3, 4, 3, "补正后申请内容仍不明确", "仍不明确", "补正后"),
        new("rejected.petition", 3, 5, 1, "信访举报投诉类申请", "信访", "举报投诉"),
        new("rejected.duplicate", 3, 5, 2, "重复申请", "重复申请"),
        new("rejected.publication", 3, 5, 3, "要求提供公开出版物", "出版物"),
        new("rejected.excessive", 3, 5, 4, "无正当理由大量反复申请", "大量反复"),
        new("rejected.confirmation", 3, 5, 5, "要求行政机关确认或重新出具已获取信息", "重新出具", "确认或"),
        new("other.noCorrection", 3, 6, 1, "申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请", "逾期不补正", "不补正"),
        new("other.unpaidFee", 3, 6, 2, "申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请", "缴纳费用", "收费通知"),
        new("other.other", 3, 6, 3, "其他"),
        new("other", 3, 6, null, "其他处理", "其他处理"),
        new("total", 3, 7, null, "总计", "总计", "合计"),
        new("carriedForward", 4, null, null, "结转下年度继续办理", "结转下年度", "继续办理"),
    ];
}
