using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>Sentences of report prose for each section, with figures, dates and the odd markup character.</summary>
/// <remarks>Data table. Figures about requests and appeals are those of the tables, as in a consistent report.</remarks>
internal sealed class SectionProse(int year, TemplateVersion version, ReportTable proactive, ReportTable requests, ReportTable appeals, Random random)
{
    /// <summary>Short subheadings printed on their own line inside a section.</summary>
    public static IReadOnlyList<string> Subheadings { get; } =
    [
        "主动公开情况", "依申请公开情况", "政府信息管理", "平台建设情况", "监督保障", "持续推进行政权力信息公开",
        "存在的问题", "改进措施", "信息处理费收取情况", "人大代表建议和政协提案办理结果公开情况", "重点领域信息公开",
    ];

    private static readonly string[] Common =
    [
        "{year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”的原则，持续推进政府信息公开工作。",
        "全年通过门户网站主动公开政府信息{n}条，同比增长{p}%。",
        "依托政务新媒体发布信息{n}条，累计阅读量{n}万次。",
        "围绕优化营商环境、乡村振兴、民生保障等重点领域，及时发布政策文件{n}件、政策解读{n}篇。",
        "严格落实“三审三校”制度，全年未发生泄密和侵权事件。",
        "门户网站“政策解读|图解”栏目访问量>{n}次，群众满意度达{p}%。",
        "全社会R&D经费投入占地区生产总值比重达到{p}%，相关统计数据已全部公开。",
        "在微博开设#政务公开进行时#话题，阅读量{n}万次。",
        "相关信息可在门户网站（http://www.example.gov.cn/zwgk/zfxxgk_{n}/index.html）查阅。",
        "信息发布平均用时<{small}小时，较{last}年缩短{p}%。",
        "目录中带*号的事项为本年度新增事项，带**号的为重点事项。",
        "于{year}年{m}月{d}日召开政务公开工作推进会，部署全年重点任务。",
        "与{last}年相比，公开数量增加{n}条，总计{n}条。",
        "统一使用`{small}号`文件模板，规范公开属性源头认定。",
        "申请人可通过网上申请、信函申请、当面申请等方式提出申请，复议、诉讼渠道保持畅通。",
        "对照《{year}年政务公开工作要点》逐项细化任务分工，形成任务清单表。",
    ];

    private static readonly string[] Proactive =
    [
        "本年度主动公开政府信息情况详见下表。",
        "该部分以表格形式报告。表格如下：",
        "本年度行政许可处理决定{licensing}件，行政处罚{punishment}件，行政强制{coercion}件。",
        "主动公开政府信息情况统计如下表：",
        "本年度制发规范性文件{small}件，废止{small}件，现行有效{n}件，合计公开{n}件。",
        "行政许可、行政处罚等事项的处理决定均在作出之日起7个工作日内公开。",
    ];

    private static readonly string[] Requests =
    [
        "本年度共收到政府信息公开申请{received}件，上年结转{carried}件，合计{sum}件。",
        "申请内容主要涉及征地拆迁、房屋登记、行政处罚等方面，所有申请均在法定期限内答复。",
        "其中，予以公开{small}件，部分公开{small}件，不予公开{small}件，无法提供{small}件。",
        "表中“（七）总计”为本年度办结的申请数量，结转下年度继续办理{forward}件。",
        "本年度依申请公开未收取任何费用。",
        "收到和处理政府信息公开申请情况如下：",
        "该部分以表格形式报告。表格如下：",
    ];

    private static readonly string[] Appeals =
    [
        "本年度因政府信息公开被申请行政复议{reconsideration}件，被提起行政诉讼{lawsuits}件。",
        "行政复议、行政诉讼情况见下表。",
        "行政复议{reconsideration}件，其中结果维持{upheld}件、结果纠正{corrected}件，总计{reconsideration}件。",
        "对复议和诉讼中反映的问题，本机关逐件分析原因，完善答复程序。",
    ];

    private static readonly string[] Problems =
    [
        "一是政策解读形式较为单一；二是依申请公开答复的规范性有待提高；三是基层公开标准化建设仍需深化。",
        "下一步，本机关将加强业务培训，完善答复文书模板，提升公开质量。",
        "{year}年存在的主要问题是栏目更新不够及时，公众参与渠道有待拓展。",
        "针对上述问题，将健全发布审核机制，对照“五公开”要求逐项整改，整改完成率达到{p}%。",
    ];

    private static readonly string[] Other2021 =
    [
        "本年度未收取信息处理费。",
        "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，本机关本年度收取信息处理费{small}件次，合计{money}元。",
        "本机关按要求落实上级年度政务公开工作要点，并公开人大代表建议和政协提案办理结果。",
        "本年度共承办人大代表建议{small}件、政协提案{small}件，办理结果均已公开。",
    ];

    private static readonly string[] Other2019 =
    [
        "无其他需要报告的事项。",
        "本年度无其他需要报告的事项。",
        "本年度共承办人大代表建议{small}件、政协提案{small}件，办理结果均已公开。",
    ];

    /// <summary>
    /// Table 三's outcomes told as a list of short paragraphs before the table (（一）予以公开8件；…), with the
    /// table's own figures: what a parser must not take for the table's rows.
    /// </summary>
    public IReadOnlyList<string> OutcomeList()
    {
        string[] groups = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"];
        string[][] rows =
        [
            ["granted"], ["partiallyGranted"],
            [.. RequestsTemplate.CommonOutcomes.Select(o => o.Key).Where(k => k.StartsWith("withheld.", StringComparison.Ordinal))],
            [.. RequestsTemplate.CommonOutcomes.Select(o => o.Key).Where(k => k.StartsWith("unavailable.", StringComparison.Ordinal))],
            [.. RequestsTemplate.CommonOutcomes.Select(o => o.Key).Where(k => k.StartsWith("rejected.", StringComparison.Ordinal))],
            [.. RequestsTemplate.OutcomeRows(version).Select(o => o.Key).Where(k => k.StartsWith("other", StringComparison.Ordinal))],
        ];
        var numbered = random.Chance(0.5);
        var lines = new List<string> { random.Pick(["本年度办理结果如下：", "其中：", "办理结果：", "本年度共办结申请" + Total(requests, RequestsTemplate.Total) + "件，其中："]) };
        for (var g = 0; g < groups.Length; g++)
        {
            var count = rows[g].Sum(row => (int)(requests.ValueAt(row, "total") ?? 0));
            var number = numbered ? (g + 1).ToString(CultureInfo.InvariantCulture) + "." : "（" + "一二三四五六"[g] + "）";
            lines.Add($"{number}{groups[g]}{Number(count)}件{(g == groups.Length - 1 ? "。" : "；")}");
        }

        return lines;
    }

    /// <summary>One sentence for section <paramref name="kind"/>; <paramref name="first"/> for the section's first.</summary>
    public string Sentence(SectionKind kind, bool first)
    {
        var own = kind switch
        {
            SectionKind.Proactive => Proactive,
            SectionKind.Requests => Requests,
            SectionKind.Appeals => Appeals,
            SectionKind.Problems => Problems,
            SectionKind.Other => version == TemplateVersion.V2021 ? Other2021 : Other2019,
            _ => Common,
        };
        var template = first || random.Chance(0.6) ? random.Pick(own) : random.Pick(Common);
        return Fill(template);
    }

    private string Fill(string template) => template
        .Replace("{year}", Number(year), StringComparison.Ordinal)
        .Replace("{last}", Number(year - 1), StringComparison.Ordinal)
        .Replace("{m}", Number(random.Next(1, 13)), StringComparison.Ordinal)
        .Replace("{d}", Number(random.Next(1, 29)), StringComparison.Ordinal)
        .Replace("{n}", Number(random.Next(1, 5000)), StringComparison.Ordinal)
        .Replace("{small}", Number(random.Next(0, 20)), StringComparison.Ordinal)
        .Replace("{p}", (random.Next(1, 1000) / 10m).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{money}", (random.Next(1, 100000) / 100m).ToString("F2", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{received}", Total(requests, RequestsTemplate.NewReceived), StringComparison.Ordinal)
        .Replace("{carried}", Total(requests, RequestsTemplate.CarriedOver), StringComparison.Ordinal)
        .Replace("{sum}", Number((int)((requests.ValueAt(RequestsTemplate.NewReceived, "total") ?? 0) + (requests.ValueAt(RequestsTemplate.CarriedOver, "total") ?? 0))), StringComparison.Ordinal)
        .Replace("{forward}", Total(requests, RequestsTemplate.CarriedForward), StringComparison.Ordinal)
        .Replace("{reconsideration}", Total(appeals, "reconsideration"), StringComparison.Ordinal)
        .Replace("{upheld}", Number((int)(appeals.ValueAt("reconsideration", "upheld") ?? 0)), StringComparison.Ordinal)
        .Replace("{corrected}", Number((int)(appeals.ValueAt("reconsideration", "corrected") ?? 0)), StringComparison.Ordinal)
        .Replace("{licensing}", Decisions("licensing"), StringComparison.Ordinal)
        .Replace("{punishment}", Decisions("punishment"), StringComparison.Ordinal)
        .Replace("{coercion}", Decisions("coercion"), StringComparison.Ordinal)
        .Replace("{lawsuits}", Number((int)((appeals.ValueAt("litigationDirect", "total") ?? 0) + (appeals.ValueAt("litigationAfterReconsideration", "total") ?? 0))), StringComparison.Ordinal);

    private string Decisions(string row) => Number((int)(proactive.ValueAt(row, "decisions") ?? 0));

    private static string Total(ReportTable table, string row) => Number((int)(table.ValueAt(row, "total") ?? 0));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
