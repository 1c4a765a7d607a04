using System.Net;
using System.Text;
using Gongkai.Reporting;

namespace Gongkai.Fixtures;

/// <summary>
/// Report pages in the shapes government portals publish: navigation, breadcrumbs, a title block above the
/// article container, sidebars, footers with 网站标识码 and scripts around the report; tables whose cells wrap their
/// text in p and span elements with &amp;nbsp; padding; a page laid out with nested tables; a table published
/// as a picture.
/// </summary>
internal static class PortalPages
{
    /// <summary>A TRS-style article page: title and 发布日期 outside the content div, styled spans in cells.</summary>
    public static string TrsArticle(ReportDocument report, string site, string charset) => $$"""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset={{charset}}" />
        <title>{{E(report.Title)}}_{{E(site)}}</title>
        <meta name="SiteName" content="{{E(site)}}"><meta name="ColumnName" content="政府信息公开年报">
        <script type="text/javascript">var _hmt = _hmt || []; document.write("<div>统计代码</div>");</script>
        <style>.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:1.8;font-size:16pt;}</style>
        </head>
        <body>
        <div class="top"><div class="logo"><img src="/images/logo.png" alt="{{E(site)}}"></div>
        <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>
        <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
        <div class="main"><div class="left"><h3>政府信息公开</h3><ul><li><a href="/zd/">政府信息公开制度</a></li><li><a href="/zn/">政府信息公开指南</a></li><li><a href="/ndbg/">政府信息公开年报</a></li></ul></div>
        <div class="right">
        <div class="title"><h1>{{E(report.Title)}}</h1></div>
        <div class="info">发布时间：2023-01-18&nbsp;&nbsp;来源：办公室&nbsp;&nbsp;浏览次数：<span id="count">128</span>&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
        <div class="TRS_Editor" id="zoom">
        {{Body(report, includeTitle: false, cell: text => $"<p align=\"center\"><span style=\"font-family:仿宋_GB2312;font-size:10.5pt\">&nbsp;{E(text)}&nbsp;</span></p>")}}
        </div>
        <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
        </div></div>
        <div class="footer"><p>主办单位：{{E(site)}}办公室&nbsp;&nbsp;网站标识码：3701000001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">鲁ICP备00000000号</a></p><p>政府网站找错</p></div>
        <script>function printPage(){window.print();}</script>
        </body>
        </html>
        """;

    /// <summary>An older page laid out with nested tables, the report in one of the layout cells; header cells as th.</summary>
    public static string LayoutTables(ReportDocument report, string site) => $$"""
        <html><head><meta charset="utf-8"><title>{{E(report.Title)}}</title></head>
        <body bgcolor="#ffffff">
        <table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/banner.jpg" width="1000" height="120"></td></tr>
        <tr><td><table width="100%" border="0"><tr><td width="200" valign="top"><table><tr><td><a href="/">网站首页</a></td></tr><tr><td><a href="/xxgk/">信息公开</a></td></tr><tr><td><a href="/lxwm/">联系我们</a></td></tr></table></td>
        <td valign="top" class="content">
        {{Body(report, includeTitle: true, cell: text => $"&nbsp;{E(text)}", header: true)}}
        </td></tr></table></td></tr>
        <tr><td align="center">版权所有：{{E(site)}}　技术支持：某某信息公司</td></tr></table>
        </body></html>
        """;

    /// <summary>A modern article page whose table 三 is published as a picture (OCR would be needed).</summary>
    public static string PictureTable(ReportDocument report, string site) => $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{E(report.Title)}} - {{E(site)}}</title>
        <link rel="stylesheet" href="/css/main.css"></head>
        <body><header class="site-header"><nav><a href="/">首页</a><a href="/gk/">政府信息公开</a></nav></header>
        <main><article class="article">
        {{Body(report, includeTitle: true, cell: E, pictureFor: "收到和处理政府信息公开申请情况")}}
        </article><aside class="related"><h4>相关文件</h4><ul><li><a href="#">关于做好政府信息公开工作年度报告的通知</a></li></ul></aside></main>
        <footer>{{E(site)}} 版权所有</footer></body></html>
        """;

    private static string Body(ReportDocument report, bool includeTitle, Func<string, string> cell, bool header = false, string? pictureFor = null)
    {
        var html = new StringBuilder();
        if (includeTitle)
        {
            html.Append("<h1 style=\"text-align:center\">").Append(E(report.Title)).Append("</h1>\n");
        }

        html.Append("<p style=\"text-indent:2em\">").Append(E(report.Opening)).Append("</p>\n");
        foreach (var part in report.Parts)
        {
            html.Append("<p style=\"text-indent:2em\"><strong><span style=\"font-family:黑体\">").Append(E(part.Heading)).Append("</span></strong></p>\n");
            foreach (var paragraph in part.Paragraphs)
            {
                html.Append("<p style=\"text-indent:2em\"><span>").Append(E(paragraph)).Append("</span></p>\n");
            }

            if (part.Table is not { } table)
            {
                continue;
            }

            if (table.Title == pictureFor)
            {
                html.Append("<p style=\"text-align:center\"><img src=\"/uploads/2023/01/table3.png\" alt=\"\" width=\"600\"></p>\n");
                continue;
            }

            html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\" width=\"100%\"><tbody>\n");
            var rowIndex = 0;
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var c in row)
                {
                    var tag = header && c.IsLabel && rowIndex < 3 ? "th" : "td";
                    html.Append('<').Append(tag);
                    if (c.ColumnSpan > 1)
                    {
                        html.Append(" colspan=\"").Append(c.ColumnSpan).Append('"');
                    }

                    if (c.RowSpan > 1)
                    {
                        html.Append(" rowspan=\"").Append(c.RowSpan).Append('"');
                    }

                    html.Append(" valign=\"center\">").Append(cell(c.Text)).Append("</").Append(tag).Append('>');
                }

                html.Append("</tr>\n");
                rowIndex++;
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("<p style=\"text-align:right\">").Append(E(report.Signature)).Append("</p>\n");
        if (report.Date is { } date)
        {
            html.Append("<p style=\"text-align:right\">").Append(E(date)).Append("</p>\n");
        }

        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
