using Gongkai.Parsing.Pdf.Tests.Support;
using Gongkai.Parsing.Reading;
using Gongkai.Testing.Fuzzing;

namespace Gongkai.Parsing.Pdf.Tests.Bounds;

/// <summary>
/// The content caps hold before PdfPig decodes a page (issue #10: a 1 MB PDF inflating to 40 million operators took
/// 5 GB and 53 s, one inflating to 1 GiB of spaces 3.6 GB). The bombs are made at test time, scaled down with the
/// limits so that each test stays small.
/// </summary>
public sealed class PdfContentBudgetTests
{
    private static UnreadableInputException Refusal(byte[] pdf, PdfReaderLimits limits, string file = "bomb.pdf")
    {
        var error = Assert.Throws<UnreadableInputException>(() => PdfFiles.Read(pdf, file, limits));
        Assert.StartsWith(file + "：", error.Message, StringComparison.Ordinal);
        Assert.Contains("上限", error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Refuses_a_pdf_whose_stream_inflates_past_the_limit()
    {
        var error = Refusal(HostileInputs.PdfSpaceBomb(3L << 20), new PdfReaderLimits { MaxStreamBytes = 1L << 20 });

        Assert.Contains("第 1 页的内容流解压后超过 1 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_gibibyte_of_spaces_at_the_default_limit()
    {
        var pdf = HostileInputs.PdfSpaceBomb(1L << 30);

        var error = Refusal(pdf, PdfReaderLimits.Default);

        Assert.True(pdf.Length < 1_100_000, $"{pdf.Length} bytes");
        Assert.Contains("内容流解压后超过 16 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_with_more_operators_than_the_limit()
    {
        // 300 groups of four operators each: 1,200 operators, 6.6 KB inflated.
        var error = Refusal(HostileInputs.PdfOperatorBomb(300), new PdfReaderLimits { MaxOperatorsPerPage = 1_000 });

        Assert.Contains("第 1 页的绘制指令超过 1000 条", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_with_more_glyph_codes_than_the_limit()
    {
        var error = Refusal(HostileInputs.PdfOperatorBomb(300), new PdfReaderLimits { MaxTextBytesPerPage = 200 });

        Assert.Contains("第 1 页的文字编码超过", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_pages_whose_operators_together_pass_the_document_limit_though_each_is_within_the_page_limit()
    {
        var error = Refusal(HostileInputs.PdfManyPages(20, 100), new PdfReaderLimits { MaxOperatorsPerPage = 1_000, MaxDocumentOperators = 5_000 });

        Assert.Contains("全文的绘制指令超过 5000 条", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_a_stream_shared_by_many_pages_once_per_page_against_the_document_byte_limit()
    {
        // One 22 KB stream drawn by 20 pages: PdfPig inflates it 20 times.
        var error = Refusal(HostileInputs.PdfManyPages(20, 1_000), new PdfReaderLimits { MaxDocumentContentBytes = 100_000 });

        Assert.Contains("各页内容解压后合计超过", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_the_operators_of_the_forms_a_page_draws()
    {
        // The page itself has one operator (Do); the form it draws has 8 × (4 + 1).
        var error = Refusal(HostileInputs.PdfRecursiveForm(8), new PdfReaderLimits { MaxOperatorsPerPage = 20 });

        Assert.Contains("绘制指令", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_form_that_draws_itself_without_following_the_cycle()
    {
        var document = PdfFiles.Read(HostileInputs.PdfRecursiveForm(4), "cycle.pdf");

        Assert.NotEmpty(document.Blocks);
    }

    [Fact]
    public void Refuses_forms_that_draw_each_other_before_the_pdf_library_recurses_into_them()
    {
        var error = Assert.Throws<UnreadableInputException>(() => PdfFiles.Read(HostileInputs.PdfMutuallyRecursiveForms(), "cycle.pdf"));

        Assert.StartsWith("cycle.pdf：", error.Message, StringComparison.Ordinal);
        Assert.Contains("表单对象互相引用", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_page_within_every_limit()
    {
        var document = PdfFiles.Read(HostileInputs.PdfOperatorBomb(50), "small.pdf");

        Assert.NotEmpty(document.Blocks);
    }

    [Fact]
    public void Stops_at_once_when_the_read_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            PdfDocumentReader.Instance.Read(HostileInputs.PdfOperatorBomb(50), "cancelled.pdf", ReaderLimits.Default, cancelled.Token));
    }
}
