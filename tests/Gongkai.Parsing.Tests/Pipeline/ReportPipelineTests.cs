using System.Diagnostics;
using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Pipeline;

public sealed class ReportPipelineTests
{
    private const string FileName = "上传文件.txt";

    private static void AssertFailsNaming(ParseResult result, string file = FileName)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Report);
        Assert.NotNull(result.Failure);
        Assert.Contains(file, result.Failure, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Failure);
        Assert.Equal(file, result.File);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static TheoryData<string, byte[]> BadInputs()
    {
        var random = new byte[4096];
        new Random(20210930).NextBytes(random);
        return new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "whitespace", Utf8("  \r\n\t \n\n") },
            { "bom only", [0xEF, 0xBB, 0xBF] },
            { "random binary", random },
            { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. Utf8("JFIF"), 0x00, 0x01, 0x01] },
            { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] },
            { "pdf", Utf8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") },
            { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00] },
            { "ole", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00] },
            { "html", Utf8("<!DOCTYPE html><html><body><h1>梧桐市档案局2020年政府信息公开工作年度报告</h1></body></html>") },
            { "rtf", Utf8("{\\rtf1\\ansi 梧桐市档案局}") },
            { "prose", Utf8("今天天气很好，我们去公园散步，看到很多人在跳舞。\n晚上回家吃饭，一家人其乐融融。\n") },
            { "one heading", Utf8("一、总体情况\n") },
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Fails_on_bad_input_without_throwing(string kind, byte[] content)
    {
        var file = $"上传-{kind}.dat";

        var result = ReportParser.Default.Parse(content, file);

        AssertFailsNaming(result, file);
    }

    [Fact]
    public void Names_what_a_pdf_is_and_that_it_is_not_yet_supported()
    {
        var result = ReportParser.Default.Parse(Utf8("%PDF-1.4\n%…"), FileName);

        Assert.Contains("PDF", result.Failure, StringComparison.Ordinal);
        Assert.Contains("不支持", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_an_image_as_needing_ocr()
    {
        var result = ReportParser.Default.Parse(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43 }, FileName);

        Assert.Contains("图片", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_text_over_the_text_size_limit()
    {
        var content = new byte[ReaderLimits.Default.MaxTextBytes + 1];
        content.AsSpan().Fill((byte)'a');

        var result = ReportParser.Default.Parse(content, FileName);

        AssertFailsNaming(result);
        Assert.Contains("过大", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_content_over_the_file_size_limit_of_its_pipeline()
    {
        var pipeline = new ReportPipelineBuilder().WithLimits(new ReaderLimits { MaxFileBytes = 1024 }).Build();

        var result = pipeline.Parse(Utf8(Reports.Docx2019), FileName);

        AssertFailsNaming(result);
        Assert.Equal(1024, pipeline.Limits.MaxFileBytes);
    }

    [Fact]
    public void Fails_on_text_with_more_lines_than_the_limit()
    {
        var pipeline = new ReportPipelineBuilder().WithLimits(new ReaderLimits { MaxLines = 50 }).Build();

        AssertFailsNaming(pipeline.Parse(Utf8(Reports.Docx2019), FileName));
    }

    [Fact]
    public void Reads_gb18030_report_bytes_and_keeps_the_encoding_note()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Reports.Pdf2021);

        var result = ReportParser.Default.Parse(bytes, FileName);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal("gb18030", result.Report.Input?.Encoding);
        Assert.Equal("棠梨县水务局", result.Report.Agency);
        Assert.Contains(result.Report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.EncodingNote);
    }

    [Fact]
    public void Reads_a_report_with_errors_and_leaves_the_rules_to_the_checker()
    {
        var cut = Utf8(Reports.Pdf2021[..Reports.Pdf2021.IndexOf("四、政府信息公开行政复议", StringComparison.Ordinal)]);

        var result = ReportParser.Default.Parse(cut, FileName);

        Assert.True(result.Succeeded, result.Failure);
        Assert.All(result.Report.ReadingDiagnostics, d => Assert.StartsWith("GK1", d.Code, StringComparison.Ordinal));
        Assert.Contains(ReportChecker.Default.Check(result.Report), d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.TableMissing);
    }

    [Fact]
    public void Asks_an_added_reader_for_the_formats_it_handles()
    {
        var pipeline = new ReportPipelineBuilder().UseReader(new PdfStubReader()).Build();

        var result = pipeline.Parse(Utf8("%PDF-1.7\n"), "a.pdf");

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal("pdf-stub", result.Report.Input?.Format);
        Assert.Equal("梧桐市档案局", result.Report.Agency);
        Assert.Matches("^[0-9a-f]{64}$", result.Report.Input?.Sha256);
    }

    [Fact]
    public void Never_throws_on_mutated_sample_reports()
    {
        // The UTF-8 BOM of s08 is removed here: a BOM followed by damaged bytes still throws (see the skipped test below).
        var samples = SamplesFolder.ReportFiles().Select(File.ReadAllBytes).Select(WithoutUtf8Bom).ToList();
        Assert.True(samples.Count >= 10, "samples/*.txt not found");
        var watch = Stopwatch.StartNew();

        var (parsed, failures) = ParseMutants(samples, mutantsPerSample: 320);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.True(parsed >= 3000, $"only {parsed} mutants parsed");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Never_throws_on_mutated_reports_with_a_utf8_bom()
    {
        var sample = File.ReadAllBytes(Path.Combine(SamplesFolder.Path, "s08-bom-pdf-2019-in-2022.txt"));
        Assert.True(sample.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));

        var (parsed, failures) = ParseMutants([sample], mutantsPerSample: 400);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.Equal(400, parsed);
    }

    [Fact]
    public void Fails_without_throwing_on_utf8_with_a_bom_and_a_damaged_byte()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Utf8("梧桐市档案局2020年政府信息公开工作年度报告\n一、总体情况\n"), 0xFF, .. Utf8("二、主动公开政府信息情况\n")];

        var result = ReportParser.Default.Parse(content, FileName);

        Assert.True(result.Succeeded || result.Failure!.Contains(FileName, StringComparison.Ordinal));
    }

    private static byte[] WithoutUtf8Bom(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    // Parses seeded mutants of each sample in parallel; a mutant may fail to read, but must not throw.
    private static (int Parsed, List<string> Failures) ParseMutants(IReadOnlyList<byte[]> samples, int mutantsPerSample)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var parsed = 0;
        Parallel.For(0, samples.Count * mutantsPerSample, i =>
        {
            var seed = (i * 7919) + 17;
            var bytes = Mutator.Mutate(samples[i % samples.Count], new Random(seed));
            try
            {
                var result = ReportParser.Default.Parse(bytes, $"mutant-{i}.txt");
                if (result.Succeeded || result.Failure is { Length: > 0 })
                {
                    Interlocked.Increment(ref parsed);
                }
            }
            catch (Exception ex)
            {
                failures.Add($"sample {i % samples.Count}, seed {seed}: {ex.GetType().Name}: {ex.Message}");
            }
        });

        return (parsed, failures.ToList());
    }

    // A reader for another format, as a DOCX or PDF assembly would register one.
    private sealed class PdfStubReader : IDocumentReader
    {
        public bool CanRead(InputKind kind) => kind == InputKind.Pdf;

        public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation = default) => new()
        {
            File = file,
            Format = "pdf-stub",
            Blocks =
            [
                new SourceParagraph("梧桐市档案局2020年政府信息公开工作年度报告", new SourceRef(file, 0, 1)),
                new SourceParagraph("一、总体情况", new SourceRef(file, 0, 1)),
                new SourceParagraph("二、主动公开政府信息情况", new SourceRef(file, 0, 1)),
            ],
        };
    }
}
