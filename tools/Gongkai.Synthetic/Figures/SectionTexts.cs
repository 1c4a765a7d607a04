using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Figures;

/// <summary>The six sections' short text. The only figures stated are those of the printed tables (GK0501, GK0502 hold).</summary>
internal static class SectionTexts
{
    private static readonly string[] Focus = ["优化营商环境", "重大建设项目", "民生保障", "行政执法", "财政预决算", "公共资源配置"];

    private static readonly string[] Problems =
    [
        "一是政策解读形式较为单一；二是依申请公开答复的规范性有待提高。下一步，本机关将加强业务培训，完善答复文书模板。",
        "一是基层政务公开标准化建设仍需深化；二是信息发布的及时性有待加强。下一步，本机关将健全发布审核机制，提升公开质量。",
        "一是公开平台栏目更新不够及时；二是公众参与渠道有待拓展。下一步，本机关将加强栏目维护，拓宽互动渠道。",
    ];

    /// <summary>The sections for a report whose printed tables are in <paramref name="sheet"/>.</summary>
    /// <remarks><paramref name="summaryArea"/> is 区 or 县 for a county summary (its overview says it sums its units), else <see langword="null"/>.</remarks>
    public static IReadOnlyList<ReportSection> For(int year, FigureSheet sheet, string? summaryArea, Random random)
    {
        var overview = $"{year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，围绕{Focus[random.Next(Focus.Length)]}等重点领域，持续推进政府信息公开工作。";
        if (summaryArea is not null)
        {
            overview += $"\n本报告汇总了本{summaryArea}各部门和各乡镇（街道）的政府信息公开工作情况。";
        }

        var other = sheet.Template.Version == TemplateVersion.V2021
            ? "本年度未收取信息处理费。\n本机关按要求落实上级年度政务公开工作要点，并公开人大代表建议和政协提案办理结果。"
            : "无其他需要报告的事项。";
        string[] texts =
        [
            overview,
            "本年度通过门户网站、政务新媒体和政务公开专区主动公开政府信息，及时发布政策文件并做好解读。",
            Requests(sheet),
            Appeals(sheet),
            Problems[random.Next(Problems.Length)],
            other,
        ];
        return SectionKindExtensions.All.Select((kind, i) => new ReportSection { Kind = kind, Heading = kind.ToHeading(), Text = texts[i] }).ToList();
    }

    private static string Requests(FigureSheet sheet)
    {
        var received = sheet.Requests(RequestsTemplate.NewReceived, RequestsTemplate.TotalColumn);
        var forward = sheet.Requests(RequestsTemplate.CarriedForward, RequestsTemplate.TotalColumn);
        return received == 0
            ? "本年度未收到政府信息公开申请。"
            : string.Create(CultureInfo.InvariantCulture, $"本年度共收到政府信息公开申请{received}件，均依法依规予以答复，结转下年度继续办理{forward}件。");
    }

    private static string Appeals(FigureSheet sheet)
    {
        var reconsiderations = (int)sheet[TableKind.Appeals, AppealsTemplate.Reconsideration, AppealsTemplate.Total];
        var lawsuits = (int)(sheet[TableKind.Appeals, AppealsTemplate.LitigationDirect, AppealsTemplate.Total] + sheet[TableKind.Appeals, AppealsTemplate.LitigationAfterReconsideration, AppealsTemplate.Total]);
        return reconsiderations == 0 && lawsuits == 0
            ? "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"
            : string.Create(CultureInfo.InvariantCulture, $"本年度因政府信息公开被申请行政复议{reconsiderations}件，被提起行政诉讼{lawsuits}件。");
    }
}
