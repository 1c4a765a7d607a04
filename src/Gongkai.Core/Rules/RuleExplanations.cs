using System.Collections.Frozen;
using Gongkai.Core.Diagnostics;

namespace Gongkai.Core.Rules;

/// <summary>
/// The explanation and statute of every diagnostic code, the one place the pages and the API take them from. The
/// texts follow the rule catalogue (tests/specs/rules.md), which holds the examples; a test keeps the two in step.
/// </summary>
public static class RuleExplanations
{
    private const string Regulation = "《中华人民共和国政府信息公开条例》";
    private const string Format = "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号；2019 年版格式适用于 2019、2020 年度）";
    private const string ReadingNote = "读取提示，非法定规则：说明本平台如何读取原文，供核对原文时参考";

    private static readonly FrozenDictionary<string, RuleExplanation> ByCode = new RuleExplanation[]
    {
        new(DiagnosticCodes.SectionMissing, "缺少章节", "年度报告应包含格式规定的六个部分（一、总体情况至六、其他需要报告的事项），缺少的每一部分各报一次。", Regulation + "第五十条；" + Format),
        new(DiagnosticCodes.TableMissing, "缺少表格", "表二（主动公开）、表三（收到和处理政府信息公开申请）、表四（行政复议、行政诉讼）均须列出。", Regulation + "第五十条；" + Format),
        new(DiagnosticCodes.RowsMissing, "表格缺少模板中的行", "表格须列出所用格式版本的全部行；表三（六）按其自身版式核对，两版混用由 GK0202 报告。", Format),
        new(DiagnosticCodes.BlankCells, "空白单元格", "空白不等于零：空白单元格逐一列出，涉及空白单元格的合计不作核对。没有数据的应填 0。", Format),
        new(DiagnosticCodes.UnreadableCell, "单元格不是数字", "单元格中印的是文字而不是数字，无法参与核对；应填写数字。", Format),
        new(DiagnosticCodes.MetadataMissing, "未识别机关或年度", "年度报告须写明报告机关和所报告的年度。", Regulation + "第四十八条、第五十条"),
        new(DiagnosticCodes.TemplateYear, "格式版本与年度不符", "2021 年度及以后的报告须使用 2021 年版格式；2019、2020 年度的报告使用 2021 年版格式的，给出警告（当时该格式尚未发布）。", Format),
        new(DiagnosticCodes.TemplateMixed, "表二与表三格式混用", "表三（六）的行与表二所用的格式版本不一致，说明两版格式被混用。", Format),
        new(DiagnosticCodes.RequestsBalance, "表三各列：第一项加第二项之和等于第三项加第四项之和", "表三每一列：一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理，即表头所印“本列数据的勾稽关系”；四项中有空白的不核对。", Format + "表三表头"),
        new(DiagnosticCodes.RequestsOutcomeTotal, "表三（七）总计等于各项办理结果之和", "表三每一列：三（七）总计 =（一）+（二）+（三）（四）（五）的全部子项 +（六）；有办理结果行缺失或空白的不核对。", Format + "表三；" + Regulation + "第三十六条"),
        new(DiagnosticCodes.RequestsRowTotal, "表三各行：总计等于六类申请人之和", "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。", Format + "表三"),
        new(DiagnosticCodes.AppealsGroupTotal, "表四各组：总计等于四项结果之和", "行政复议、未经复议直接起诉、复议后起诉三组中，每组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。", Format + "表四；" + Regulation + "第五十一条"),
        new(DiagnosticCodes.NarrativeRequests, "正文所述申请数与表三不符", "正文所述收到的申请件数，应等于表三一、本年新收的总计，或一与二之和，或（七）总计。", Regulation + "第五十条第（二）项"),
        new(DiagnosticCodes.NarrativeAppeals, "正文所述复议、诉讼数与表四不符", "正文所述行政复议件数应等于表四行政复议总计；行政诉讼件数应等于两组行政诉讼总计之和（或其中一组）。", Regulation + "第五十条第（三）项"),
        new(DiagnosticCodes.PublishedLate, "发布期限：逾期公布", "政府部门应于每年 1 月 31 日前、县级以上人民政府应于 3 月 31 日前公布本机关上一年度的年度报告；乡镇、街道、开发区参照部门的期限。", Regulation + "第四十九条"),
        new(DiagnosticCodes.DateMissing, "发布期限：未印落款日期", "报告没有印落款日期，无法核对是否按期公布。", Regulation + "第四十九条"),
        new(DiagnosticCodes.DateImplausible, "发布期限：落款日期早于年度结束", "落款日期早于所报告年度的结束，日期或年度有误。", Regulation + "第四十九条"),
        new(DiagnosticCodes.NegativeCount, "件数为负数", "件数应为非负整数；本年增/减和金额除外。", Format),
        new(DiagnosticCodes.FractionalCount, "件数为小数", "件数应为整数；本年增/减和金额除外。", Format),
        new(DiagnosticCodes.InForceBelowIssued, "表二：现行有效件数小于本年制发件数", "2021 年版格式：本年制发的规章、规范性文件在年末仍然有效的，应计入现行有效件数，故现行有效件数不应小于本年制发件数。", Format + "表二；" + Regulation + "第二十条"),
        new(DiagnosticCodes.TotalBelowNewlyPublished, "表二：对外公开总数量小于本年新公开数量", "2019 年版格式：对外公开总数量包含本年新公开的数量，不应小于后者。", Format + "表二（2019 年版）；" + Regulation + "第二十条"),
        new(DiagnosticCodes.NegativeItemCount, "表二：上一年项目数量加本年增/减为负", "2019 年版格式：上一年项目数量 + 本年增/减 为本年末的项目数量，不应为负。", Format + "表二（2019 年版）；" + Regulation + "第二十条"),
        new(DiagnosticCodes.CarriedOverMismatch, "跨年度：上年结转与上年结转下年度不符", "本年度表三二、上年结转应等于同一机关上一年度报告表三四、结转下年度继续办理。", Format + "表三"),
        new(DiagnosticCodes.InForceChain, "跨年度：现行有效件数不连续", "2021 年版格式：现行有效件数 = 上一年度现行有效件数 + 本年制发件数 − 本年废止件数。", Format + "表二"),
        new(DiagnosticCodes.PreviousItemsChain, "跨年度：上一年项目数量不连续", "2019 年版格式：上一年项目数量 + 本年增/减 应等于下一年度报告的上一年项目数量。", Format + "表二（2019 年版）"),
        new(DiagnosticCodes.SummaryMismatch, "汇总报告与所属单位报告之和不符", "汇总报告的各项数据应等于所属单位报告相应数据之和（所属单位缺报的另行注明）。", Regulation + "第四十八条；" + Format),
        new(DiagnosticCodes.ReportMissing, "名录中的单位没有年度报告", "各行政机关应当公布本机关上一年度的政府信息公开工作年度报告；名录中的单位没有本年度报告的列入覆盖情况。", Regulation + "第四十八条、第四十九条"),
        new(DiagnosticCodes.UnitUnmatched, "报告未能对应名录中的单位", "报告所署机关名称未能与单位名录对应（或对应到多个单位），未计入覆盖情况，须人工确认。", "平台核对要求，非法定规则：单位以名录为准"),
        new(DiagnosticCodes.EncodingNote, "旧式中文编码", "文件按 GB18030/GBK 等旧式编码解码，或含有损坏的字节；个别字可能显示有误。", ReadingNote),
        new(DiagnosticCodes.ColumnsChosenBySums, "按合计选定列位置", "某行的数字可有多种列位置，已选用使表格合计相符的一种。", ReadingNote),
        new(DiagnosticCodes.ColumnsAmbiguous, "列位置无法确定", "某行的数字可有多种列位置，合计也无法判定，请对照原文核对。", ReadingNote),
        new(DiagnosticCodes.UnrecognizedRow, "无法识别的行", "法定表格中的某行与格式中的任何行名都不对应，未读入。", ReadingNote),
        new(DiagnosticCodes.DuplicateRow, "重复的行", "同一行出现两次且数值不同，已保留第一次出现的数值。", ReadingNote),
        new(DiagnosticCodes.ApproximateLabel, "行名近似匹配", "行名与格式不完全一致（如有错字），已按近似匹配读入。", ReadingNote),
        new(DiagnosticCodes.ValueConverted, "数值经过换算", "数值由文字读出或换算为万元（如“持平”“2.14亿元”）。", ReadingNote),
        new(DiagnosticCodes.TableUnreadable, "表格无法读取", "表格以图片形式印出，或无法从文件中读出，需要人工录入或识别。", ReadingNote),
        new(DiagnosticCodes.LookAlikeCodePoints, "康熙部首或兼容汉字码位", "文件中的部分汉字使用了外形相同的康熙部首、部首补充或兼容汉字码位（多见于 PDF 及从 PDF 复制的文字，如「⾏」），已按标准汉字识别，原文照录；私用区字符只在原字体中有意义，无法识别。", ReadingNote),
        new(DiagnosticCodes.OcrTextLayer, "扫描件的 OCR 文字层", "PDF 为扫描图像，文字取自其上不可见的 OCR 文字层；数字可能有识别错误，表格勾稽关系不符时请先对照原图核对。", ReadingNote),
        new(DiagnosticCodes.OcrSuspectValue, "疑似 OCR 识别错误的数值", "OCR 文字层中的数值夹有形似数字的字母（如 O、l、S、B），可能识别有误；数值按原样读入，未作改动，请对照原图核对。", ReadingNote),
        new(DiagnosticCodes.CellsInferred, "按版式规则推定的单元格", "原文版式丢失了部分单元格（如抓取文本把连续相同的数值只保留一个、一行的 0 只剩一个，或各单元格的数字连在一起），这些单元格由本行总计＝各列之和、表三各列勾稽关系、表四各组总计等法定关系唯一确定；数值均取自原文，未作改动，并在单元格上注明推定依据。", ReadingNote),
        new(DiagnosticCodes.RowAmbiguous, "版式规则下有多种读法的行", "按原文版式，这一行有多种读法同样满足表格的勾稽关系；各读法不一致的单元格留空（空白不等于 0），并列出其可能的数值，请对照原件核对。", ReadingNote),
        new(DiagnosticCodes.Pre2019Format, "2019 年以前的报告格式", "报告采用 2019 年以前（2008–2018 年度）的格式（概述、收费及减免等章节及其统计表），其表格不是 2019/2021 年版格式的表二至表四，未作对应读取；只读出标题、年度、机关、各章节原文和正文所述数字，2019/2021 年版的章节和表格核对不适用。", ReadingNote),
        new(DiagnosticCodes.RunTogetherBody, "正文连成一行", "正文的段落、标题和表格单元格连在一行（网页抓取的文字常见），已按章节标题、序号和格式中的行名、表头切分；表格数值的位置可能不准，请对照原文核对。", ReadingNote),
        new(DiagnosticCodes.ImplausibleValue, "数值印刷不合常理", "表格单元格中的数值不像正常印刷的数字：数字中夹有形似数字的字母（O、l、S、B）或顿号、逗号，件数带有小数点，或远大于本行总计。多见于 OCR 识别或从 PDF 提取的文字；数值按原样读入，从不改动，请对照原件核对，合计校验会显示其影响。", ReadingNote),
        new(DiagnosticCodes.PartialReport, "文件只含报告的一部分", "文件从表格中间开始或在表格中间结束（如只复制了表二后半和表三前半，或只有表三及其标题），只读取其中已有的表格和章节；文件中没有的部分记为空，并非报告本身缺少，应取得完整的报告原文核对。", ReadingNote),
    }.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>Every code's explanation.</summary>
    public static IReadOnlyCollection<RuleExplanation> All => ByCode.Values;

    /// <summary>The explanation of <paramref name="code"/>, or <see langword="null"/> for a code not in <see cref="DiagnosticCodes"/>.</summary>
    public static RuleExplanation? For(string code) => ByCode.GetValueOrDefault(code);
}
