using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Letters;

namespace Gongkai.Reporting.Tests.Letters;

public sealed class LetterWriterTests
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        [LetterFields.Applicant] = "张三",
        [LetterFields.Agency] = "某某县某某局",
        [LetterFields.ApplicationNumber] = "YSQ-2026-0031",
        [LetterFields.Telephone] = "0000-7654321",
    };

    [Fact]
    public void Replaces_a_placeholder_split_over_runs_keeping_the_first_runs_formatting()
    {
        var bold = new Run(new RunProperties(new Bold()), new Text("{{申") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        var template = LetterDocx.Create([new Paragraph(LetterDocx.Run("申请人："), bold, LetterDocx.Run("请"), LetterDocx.Run("人}"), LetterDocx.Run("}，您好"))]);

        var paragraph = Assert.Single(LetterDocx.BodyParagraphs(LetterWriter.Render(template, Fields)));

        Assert.Equal("申请人：张三，您好", LetterDocx.ParagraphText(paragraph));
        var run = Assert.Single(paragraph.Elements<Run>(), r => r.InnerText.Contains("张三", StringComparison.Ordinal));
        Assert.NotNull(run.RunProperties?.Bold);
        Assert.Equal(3, paragraph.Elements<Run>().Count());
    }

    [Fact]
    public void Replaces_several_placeholders_in_one_run_and_spaces_inside_the_braces()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("{{机关名称}}收到{{ 申请人 }}的申请{{申请编号}}。")]);

        Assert.Equal("某某县某某局收到张三的申请YSQ-2026-0031。", LetterDocx.Text(LetterWriter.Render(template, Fields)));
    }

    [Fact]
    public void Replaces_placeholders_in_tables_headers_and_footers()
    {
        var table = new Table(new TableRow(new TableCell(LetterDocx.Paragraph("编号：{{申请", "编号}}"))));
        var template = LetterDocx.Create(
            [table, LetterDocx.Paragraph("正文")],
            header: LetterDocx.Paragraph("{{机关", "名称}}"),
            footer: LetterDocx.Paragraph("电话：{{联系电话}}"));

        var text = LetterDocx.Text(LetterWriter.Render(template, Fields));

        Assert.Contains("编号：YSQ-2026-0031", text, StringComparison.Ordinal);
        Assert.Contains("某某县某某局", text, StringComparison.Ordinal);
        Assert.Contains("电话：0000-7654321", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_with_line_breaks_becomes_lines_and_control_characters_are_dropped()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("补正：{{补正事项}}。")]);
        var fields = new Dictionary<string, string> { [LetterFields.CorrectionPoints] = "一、年份\r\n二、路段\u0007" };

        var paragraph = Assert.Single(LetterDocx.BodyParagraphs(LetterWriter.Render(template, fields)));

        Assert.Equal("补正：一、年份\n二、路段。", LetterDocx.ParagraphText(paragraph));
        Assert.Single(paragraph.Descendants<Break>());
    }

    [Fact]
    public void Does_not_replace_what_a_value_itself_contains()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("{{申请人}}")]);
        var fields = new Dictionary<string, string> { [LetterFields.Applicant] = "{{机关名称}}" };

        Assert.Equal("{{机关名称}}", LetterDocx.Text(LetterWriter.Render(template, fields)));
    }

    [Fact]
    public void Refuses_a_placeholder_not_in_the_field_list_in_Chinese()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("{{申请人}}的{{身份证号", "}}")]);

        var error = Assert.Throws<LetterTemplateException>(() => LetterWriter.Render(template, Fields));

        Assert.Contains("{{身份证号}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("不在字段清单中", error.Message, StringComparison.Ordinal);
        ChineseMessage.Assert(error.Message);
    }

    [Fact]
    public void Refuses_a_field_missing_from_the_values_in_Chinese()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("{{申请人}}：{{补正期限}}前")]);

        var error = Assert.Throws<LetterTemplateException>(() => LetterWriter.Render(template, Fields));

        Assert.Contains("补正期限", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("申请人", error.Message, StringComparison.Ordinal);
        ChineseMessage.Assert(error.Message);
    }

    [Fact]
    public void Lists_the_placeholders_once_each_in_order()
    {
        var template = LetterDocx.Create(
            [LetterDocx.Paragraph("{{申请人}}{{申请编号}}"), LetterDocx.Paragraph("{{申", "请人}}")],
            footer: LetterDocx.Paragraph("{{联系电话}}"));

        Assert.Equal(["申请人", "申请编号", "联系电话"], LetterWriter.Placeholders(template));
    }

    [Fact]
    public void Validate_names_each_problem_of_an_edited_template_in_Chinese()
    {
        var template = LetterDocx.Create(
        [
            LetterDocx.Paragraph("{{申请人}}{{申请日期}}"),
            LetterDocx.Paragraph("请于{{补正期限前补正"),
            LetterDocx.Paragraph("{{}}"),
        ]);

        var problems = LetterWriter.Validate(template);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("{{申请日期}}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("请于{{补正期限前补正", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("空的占位符", StringComparison.Ordinal));
        Assert.All(problems, ChineseMessage.Assert);
    }

    [Fact]
    public void A_template_with_a_stray_brace_is_not_rendered()
    {
        var template = LetterDocx.Create([LetterDocx.Paragraph("{{申请人}}}} 您好")]);

        ChineseMessage.Assert(Assert.Throws<LetterTemplateException>(() => LetterWriter.Render(template, Fields)).Message);
    }

    [Fact]
    public void A_placeholder_does_not_span_a_tab_or_a_break()
    {
        var template = LetterDocx.Create([new Paragraph(LetterDocx.Run("{{申"), new Run(new TabChar()), LetterDocx.Run("请人}}"))]);

        Assert.Empty(LetterWriter.Placeholders(template));
        Assert.Single(LetterWriter.Validate(template));
    }

    public static TheoryData<string, byte[]> Unusable() => new()
    {
        { "空文件", [] },
        { "不是 Word 文档", Encoding.UTF8.GetBytes("申请人：{{申请人}}") },
        { "旧版 Word 文档", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { "已损坏", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
        { "没有 Word 正文", Zip(("readme.txt", Encoding.UTF8.GetBytes("text"))) },
        { "压缩炸弹", WithPart("word/media/a.bin", new byte[20 * 1024 * 1024]) },
        { "超过上限", WithParts(Enumerable.Range(0, 600).Select(i => ($"word/media/p{i}.bin", new byte[1])).ToArray()) },
        { "DTD", WithDocument("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>") },
        { "嵌套超过", WithDocument("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + string.Concat(Enumerable.Repeat("<w:p>", 300)) + string.Concat(Enumerable.Repeat("</w:p>", 300)) + "</w:body></w:document>") },
        { "不是有效的 XML", WithDocument("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>") },
        { "Word 文档", Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")), ("word/document.xml", Encoding.UTF8.GetBytes("<a/>"))) },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Refuses_unusable_input_with_a_Chinese_message_naming_the_problem(string problem, byte[] input)
    {
        var error = Assert.Throws<LetterTemplateException>(() => LetterWriter.Render(input, Fields));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        ChineseMessage.Assert(error.Message);
        Assert.Equal([error.Message], LetterWriter.Validate(input));
        Assert.Throws<LetterTemplateException>(() => LetterWriter.Placeholders(input));
    }

    [Fact]
    public void Damaged_copies_of_a_template_are_refused_in_Chinese_or_rendered_never_crashing()
    {
        var template = LetterTemplates.Default(LetterKind.AnswerWithheld);
        var random = new Random(15);
        var (refused, rendered) = (0, 0);
        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])template.Clone();
            for (var flips = random.Next(1, 8); flips > 0; flips--)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            try
            {
                LetterPrintView.Html(LetterWriter.Render(damaged, LetterSamples.Fields));
                rendered++;
            }
            catch (LetterTemplateException ex)
            {
                ChineseMessage.Assert(ex.Message);
                refused++;
            }
        }

        Assert.Equal(200, refused + rendered);
        Assert.True(refused > 0);
    }

    private static byte[] WithDocument(string xml) => WithPart("word/document.xml", Encoding.UTF8.GetBytes(xml));

    private static byte[] WithPart(string name, byte[] content) => WithParts((name, content));

    private static byte[] WithParts(params (string Name, byte[] Content)[] parts)
    {
        var stream = new MemoryStream();
        stream.Write(LetterDocx.Create([LetterDocx.Paragraph("正文")]));
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                archive.GetEntry(name)?.Delete();
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] parts)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
