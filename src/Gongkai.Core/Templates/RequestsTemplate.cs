using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Table 三 (收到和处理政府信息公开申请情况): columns and rows of both editions.</summary>
/// <remarks>Data table: the labels are the official ones of the 2019 format and of 国办公开办函〔2021〕30号.</remarks>
public static class RequestsTemplate
{
    /// <summary>The six applicant columns and 总计, in printed order (申请人情况).</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("naturalPerson", "自然人", CellKind.Count),
        new("commercial", "商业企业", CellKind.Count),
        new("research", "科研机构", CellKind.Count),
        new("publicInterest", "社会公益组织", CellKind.Count),
        new("legalService", "法律服务机构", CellKind.Count),
        new("other", "其他", CellKind.Count),
        new("total", "总计", CellKind.Count),
    ];

    /// <summary>The applicant columns that 总计 sums (all but <c>total</c>).</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other"];

    /// <summary>一、本年新收.</summary>
    public const string NewReceived = "newReceived";

    /// <summary>二、上年结转.</summary>
    public const string CarriedOver = "carriedOver";

    /// <summary>三(七) 总计.</summary>
    public const string Total = "total";

    /// <summary>四、结转下年度继续办理.</summary>
    public const string CarriedForward = "carriedForward";

    /// <summary>The outcome rows (一)–(五) common to both editions; (七) sums these and the (六) rows.</summary>
    public static IReadOnlyList<(string Key, string Label)> CommonOutcomes { get; } =
    [
        ("granted", "（一）予以公开"),
        ("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        ("withheld.stateSecret", "（三）不予公开 1．属于国家秘密"),
        ("withheld.otherLaw", "（三）不予公开 2．其他法律行政法规禁止公开"),
        ("withheld.security", "（三）不予公开 3．危及“三安全一稳定”"),
        ("withheld.thirdParty", "（三）不予公开 4．保护第三方合法权益"),
        ("withheld.internal", "（三）不予公开 5．属于三类内部事务信息"),
        ("withheld.process", "（三）不予公开 6．属于四类过程性信息"),
        ("withheld.enforcement", "（三）不予公开 7．属于行政执法案卷"),
        ("withheld.query", "（三）不予公开 8．属于行政查询事项"),
        ("unavailable.notHeld", "（四）无法提供 1．本机关不掌握相关政府信息"),
        ("unavailable.needsCreation", "（四）无法提供 2．没有现成信息需要另行制作"),
        ("unavailable.unclear", "（四）无法提供 3．补正后申请内容仍不明确"),
        ("rejected.petition", "（五）不予处理 1．信访举报投诉类申请"),
        ("rejected.duplicate", "（五）不予处理 2．重复申请"),
        ("rejected.publication", "（五）不予处理 3．要求提供公开出版物"),
        ("rejected.excessive", "（五）不予处理 4．无正当理由大量反复申请"),
        ("rejected.confirmation", "（五）不予处理 5．要求行政机关确认或重新出具已获取信息"),
    ];

    /// <summary>(六) in the 2019 format: one row.</summary>
    public static IReadOnlyList<(string Key, string Label)> OtherRows2019 { get; } = [("other", "（六）其他处理")];

    /// <summary>(六) in the 2021 format: three rows.</summary>
    public static IReadOnlyList<(string Key, string Label)> OtherRows2021 { get; } =
    [
        ("other.noCorrection", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("other.unpaidFee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other.other", "（六）其他处理 3.其他"),
    ];

    /// <summary>The table for <paramref name="version"/>.</summary>
    public static TableSpec For(TemplateVersion version)
    {
        var rows = new List<RowSpec>
        {
            new(NewReceived, "一、本年新收政府信息公开申请数量", Columns),
            new(CarriedOver, "二、上年结转政府信息公开申请数量", Columns),
        };
        foreach (var (key, label) in OutcomeRows(version))
        {
            rows.Add(new RowSpec(key, label, Columns));
        }

        rows.Add(new RowSpec(Total, "（七）总计", Columns));
        rows.Add(new RowSpec(CarriedForward, "四、结转下年度继续办理", Columns));
        return new TableSpec(TableKind.Requests, rows);
    }

    /// <summary>The outcome rows (一)–(六) of <paramref name="version"/>, which (七) sums.</summary>
    public static IEnumerable<(string Key, string Label)> OutcomeRows(TemplateVersion version) =>
        CommonOutcomes.Concat(version == TemplateVersion.V2019 ? OtherRows2019 : OtherRows2021);
}
