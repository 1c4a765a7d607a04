using Gongkai.Reporting.Letters;

namespace Gongkai.Reporting.Tests.Letters;

public sealed class LetterPrintViewTests
{
    public static TheoryData<LetterKind> Kinds() => [.. LetterKinds.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_print_view_holds_every_value_and_no_placeholder(LetterKind kind)
    {
        var template = LetterTemplates.Default(kind);

        var html = LetterPrintView.Html(LetterWriter.Render(template, LetterSamples.Fields));

        Assert.All(LetterWriter.Placeholders(template), name =>
            Assert.Contains(System.Net.WebUtility.HtmlEncode(LetterSamples.Fields[name]).Replace("\n", "<br>", StringComparison.Ordinal), html, StringComparison.Ordinal));
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_print_view_is_self_contained_with_A4_print_rules()
    {
        var html = LetterPrintView.Html(LetterWriter.Render(LetterTemplates.Default(LetterKind.AnswerWithheld), LetterSamples.Fields));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);
        Assert.Contains("<title>某某市某某局 政府信息公开申请答复书</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_print_view_keeps_the_title_lines_the_table_and_the_right_aligned_signature()
    {
        var html = LetterPrintView.Html(LetterWriter.Render(LetterTemplates.Default(LetterKind.Acknowledgement), LetterSamples.Fields));

        Assert.Contains("<h1>某某市某某局<br>政府信息公开申请受理回执</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<td><p class=\"centre\">身份证件</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"right gap\">某某市某某局</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"right\">2026年3月9日</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_escaped()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("{{申请内容}}")]);
        var fields = new Dictionary<string, string> { [LetterFields.Content] = "<script>alert(1)</script>&" };

        var html = LetterPrintView.Html(LetterWriter.Render(template, fields));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused_in_Chinese()
    {
        ChineseMessage.Assert(Assert.Throws<LetterTemplateException>(() => LetterPrintView.Html([1, 2, 3])).Message);
    }
}
