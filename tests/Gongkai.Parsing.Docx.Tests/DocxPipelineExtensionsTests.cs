using Gongkai.Parsing.Docx.Tests.Support;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;

namespace Gongkai.Parsing.Docx.Tests;

public sealed class DocxPipelineExtensionsTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseDocx().Build();

    public static TheoryData<string> Documents() => ReaderFixtures.WithTruth(".docx");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parses_each_fixture_document_to_its_truth(string name) => ReaderFixtures.AssertParsesToTruth(Pipeline, name);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parses_each_fixture_document_written_with_look_alike_code_points_to_its_truth(string name) =>
        LookAlikeFixtures.AssertParsesToTruth(Pipeline, LookAlikeFixtures.Docx(name), name, name);

    [Fact]
    public void Uses_the_limits_it_is_given()
    {
        var docx = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s01-docx-2021-clean.docx"));
        var pipeline = new ReportPipelineBuilder().UseDocx(new DocxReaderLimits { MaxTableCells = 10 }).Build();

        var result = pipeline.Parse(docx, "limited.docx");

        Assert.False(result.Succeeded);
        Assert.StartsWith("limited.docx：", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_truncated_docx_as_a_failure_naming_the_file()
    {
        var docx = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s01-docx-2021-clean.docx"));

        var result = Pipeline.Parse(docx.AsMemory(0, docx.Length / 2), "half.docx");

        Assert.False(result.Succeeded);
        Assert.StartsWith("half.docx：", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_zip_is_refused_in_chinese_with_the_librarys_text_as_detail()
    {
        var result = Pipeline.Parse("PK\x03\x04garbage garbage garbage"u8.ToArray(), "x.docx");

        Assert.Equal("x.docx：ZIP/Office 文件已损坏，无法打开。", result.Failure);
        Assert.StartsWith("System.IO.InvalidDataException: ", result.FailureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_throws_for_damaged_documents()
    {
        var random = new Random(20220120);
        var original = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s01-docx-2021-clean.docx"));
        for (var round = 0; round < 200; round++)
        {
            var damaged = (byte[])original.Clone();
            for (var i = 0; i < 1 + round % 8; i++)
            {
                damaged[random.Next(4, damaged.Length)] = (byte)random.Next(256);
            }

            var result = Pipeline.Parse(damaged, "damaged.docx");

            ReaderFixtures.AssertReadOrRefusedInChinese(result, "damaged.docx");
        }
    }

    [Fact]
    public void Never_throws_for_damaged_word_xml()
    {
        var random = new Random(20230320);
        var original = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s01-docx-2021-clean.docx"));
        string xml;
        using (var package = DocxPackage.Open(original, "original.docx", DocxReaderLimits.Default))
        {
            xml = package.ReadPart("word/document.xml")!;
        }

        const string Noise = "<>/\"=&; wtrpc:";
        for (var round = 0; round < 60; round++)
        {
            var damaged = xml.ToCharArray();
            for (var i = 0; i < 1 + round % 5; i++)
            {
                damaged[random.Next(damaged.Length)] = Noise[random.Next(Noise.Length)];
            }

            var result = Pipeline.Parse(DocxFiles.WithPart(original, "word/document.xml", new string(damaged)), "damaged.docx");

            ReaderFixtures.AssertReadOrRefusedInChinese(result, "damaged.docx");
        }
    }
}
