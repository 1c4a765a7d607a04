namespace Gongkai.Reporting.Html;

/// <summary>
/// The page's style sheet: on screen a sheet of A4 paper, in print A4 with the type area and page numbers of
/// GB/T 9704 — the same look as <see cref="Docx.DocxReportWriter"/>'s documents (docs/rendering-layout.md).
/// </summary>
/// <remarks>
/// Each font stack names the fonts agencies use (方正小标宋简体, 仿宋_GB2312, 黑体, 宋体), the names the same faces
/// have on Windows and macOS, and ends in Noto CJK and a generic family. The title's face is chosen by
/// <c>@font-face</c> with <c>local()</c> so that, without any 小标宋, it falls back to the bold cut of a Song face,
/// which looks like 小标宋, rather than to the regular one.
/// </remarks>
internal static class HtmlStyleSheet
{
    /// <summary>The body's line pitch: 22 lines on the 225 mm type area (GB/T 9704 §5.2.3).</summary>
    private const string Line = "28.95pt";

    private const string Latin = "\"Times New Roman\",\"Liberation Serif\"";

    private const string Body = Latin + ",\"仿宋_GB2312\",\"FangSong_GB2312\",\"仿宋\",\"FangSong\",\"STFangsong\",\"华文仿宋\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif";

    private const string Heading = Latin + ",\"黑体\",\"SimHei\",\"STHeiti\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif";

    private const string Song = "\"宋体\",\"SimSun\",\"STSong\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif";

    /// <summary>The CSS, one rule a line.</summary>
    public const string Css =
        "@font-face{font-family:\"公文小标宋\";src:local(\"方正小标宋简体\"),local(\"FZXiaoBiaoSong-B05S\"),local(\"方正小标宋_GBK\"),local(\"FZXiaoBiaoSong-B05\"),local(\"华文中宋\"),local(\"STZhongsong\"),local(\"Noto Serif CJK SC Bold\"),local(\"NotoSerifCJKsc-Bold\"),local(\"Source Han Serif SC Bold\"),local(\"SourceHanSerifSC-Bold\")}\n" +
        "html{background:#e6e6e6}\n" +
        "body{margin:0;color:#000;font:16pt/" + Line + " " + Body + "}\n" +
        // On screen, a sheet of A4 with the margins of GB/T 9704 §5.2.1: top 37 mm, left (binding) 28 mm, type area 156 mm wide.
        ".page{box-sizing:border-box;width:210mm;min-height:297mm;margin:8mm auto;padding:37mm 26mm 35mm 28mm;background:#fff;box-shadow:0 0 2mm rgba(0,0,0,.3)}\n" +
        "h1{margin:0 0 " + Line + ";font:normal 22pt/35pt \"公文小标宋\",\"方正小标宋简体\"," + Song + ";text-align:center}\n" +
        "h1 span{display:block}\n" +
        "h2{margin:0;font:normal 16pt/" + Line + " " + Heading + ";text-indent:2em;break-after:avoid}\n" +
        "p{margin:0;text-indent:2em;text-align:justify;orphans:2;widows:2}\n" +
        "p.signature{text-indent:0;text-align:right}\n" +
        "p.signature.first{margin-top:" + Line + ";break-after:avoid}\n" +
        "table{width:100%;table-layout:fixed;border-collapse:collapse;margin:0 0 14pt;font:10.5pt/1.3 " + Latin + "," + Song + "}\n" +
        "table.dense{font-size:9pt}\n" +
        // Rows do not split; a cell spanning rows may, or the 20 rows under 三、本年度办理结果 would move as one block.
        "table.keep,tbody.keep,td:not([rowspan]){break-inside:avoid}\n" +
        "thead{display:table-header-group}\n" +
        "td{border:.5pt solid #000;padding:1.4pt 2.85pt;text-align:center;vertical-align:middle;overflow-wrap:anywhere}\n" +
        "td.label{text-align:left}\n" +
        // 三、本年度办理结果 down its narrow column, one character a line, as the official format prints it. Not as vertical
        // text: a cell in another writing mode cannot break across pages.
        "td.stack{line-break:anywhere}\n" +
        // A header over a narrow value column wraps into even lines: 商业/企业 rather than 商业企/业.
        "thead td{text-wrap:balance}\n" +
        "tr.caption td{background:#dce6f2}\n" +
        // GB/T 9704 §7.5: 4号半角宋体 page numbers between 一字线, 7 mm below the type area, odd pages right and even pages left, one character in.
        "@page{size:A4;margin:37mm 26mm 35mm 28mm}\n" +
        "@page:right{@bottom-right{content:\"— \" counter(page) \" —\";font:14pt " + Song + ";vertical-align:top;padding:7mm 14pt 0 0;text-align:right}}\n" +
        "@page:left{@bottom-left{content:\"— \" counter(page) \" —\";font:14pt " + Song + ";vertical-align:top;padding:7mm 0 0 14pt;text-align:left}}\n" +
        "@media print{html{background:none}.page{width:auto;min-height:0;margin:0;padding:0;box-shadow:none}}\n";
}
