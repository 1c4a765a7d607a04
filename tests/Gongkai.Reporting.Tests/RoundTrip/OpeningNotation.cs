using System.Globalization;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>The opening paragraph in the wordings reports use: the statute, the period (统计期限), where to download, whom to ask.</summary>
/// <remarks>Data table. Openings are full of figures — dates, telephone numbers, addresses — that are none of the report's.</remarks>
internal static class OpeningNotation
{
    private static readonly string[] Forms =
    [
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由{a}编制。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。本报告电子版可在{a}门户网站（http://www.example.gov.cn）下载。如对本报告有任何疑问，请联系{a}办公室（地址：{a}院内{n}号楼{r}室；电话：0{t}-{p}；邮编：{z}）。",
        "根据《中华人民共和国政府信息公开条例》规定，现公布{a}{y}年政府信息公开工作年度报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。本报告所列数据统计期限自 {y} 年 1 月 1 日起，到 12 月 31 日止。",
        "按照《中华人民共和国政府信息公开条例》要求，编制本报告。本年度报告中所列数据统计时间为{y}年1月1日至{y}年12月31日。本报告可通过门户网站（www.example.gov.cn/zfxxgk/）查阅或下载，联系电话：{p}。",
    ];

    /// <summary>The document with its opening in a random wording.</summary>
    public static ReportDocument Apply(ReportDocument document, string agency, int year, Random random)
    {
        var opening = random.Pick(Forms)
            .Replace("{a}", agency, StringComparison.Ordinal)
            .Replace("{y}", Number(year), StringComparison.Ordinal)
            .Replace("{n}", Number(random.Next(1, 30)), StringComparison.Ordinal)
            .Replace("{r}", Number(random.Next(101, 1500)), StringComparison.Ordinal)
            .Replace("{t}", Number(random.Next(100, 999)), StringComparison.Ordinal)
            .Replace("{p}", Number(random.Next(1_000_000, 9_999_999)), StringComparison.Ordinal)
            .Replace("{z}", Number(random.Next(100_000, 999_999)), StringComparison.Ordinal);
        return document with { Opening = opening };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
