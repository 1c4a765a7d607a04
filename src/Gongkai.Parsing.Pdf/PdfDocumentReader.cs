using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pdf.Bounds;
using Gongkai.Parsing.Pdf.Decoding;
using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Parsing.Pdf;

/// <summary>Reads PDF files with a text layer (PdfPig): positioned letters → lines and ruled tables → <see cref="SourceDocument"/>.</summary>
/// <remarks>
/// A PDF without a text layer (scanned) or with a password is refused with a message saying so; a damaged one
/// likewise, never with an exception escaping. Sources name the page and the line or table row on it.
/// </remarks>
public sealed class PdfDocumentReader(PdfReaderLimits limits, PdfLayoutPipeline layout) : GuardedDocumentReader<PdfReaderLimits>(limits, "PDF 文件已损坏或格式不受支持")
{
    /// <summary>A reader with the given limits and today's layout steps.</summary>
    public PdfDocumentReader(PdfReaderLimits limits)
        : this(limits, PdfLayoutPipeline.Default)
    {
    }

    /// <summary>The reader with default limits.</summary>
    public static PdfDocumentReader Instance { get; } = new(PdfReaderLimits.Default);

    /// <inheritdoc />
    public override bool CanRead(InputKind kind) => kind == InputKind.Pdf;

    /// <inheritdoc />
    protected override SourceDocument ReadFile(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation)
    {
        try
        {
            return ReadPdf(content, file, cancellation);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableInputException($"{file}：PDF 文件已加密（需要密码），无法读取。", ex);
        }
    }

    // Type 1 fonts are first read without their glyph outlines (DocumentFilters); a document with a letter whose box
    // would come from its ink is read again with them, so that what it reads to never depends on the shortcut.
    private SourceDocument ReadPdf(ReadOnlyMemory<byte> content, string file, CancellationToken cancellation) =>
        ReadPdf(content, file, cancellation, new DocumentFilters()) ?? ReadPdf(content, file, cancellation, new DocumentFilters(keepsOutlines: true))!;

    private SourceDocument? ReadPdf(ReadOnlyMemory<byte> content, string file, CancellationToken cancellation, DocumentFilters filters)
    {
        using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            MaxStackDepth = Limits.MaxStackDepth,
            FilterProvider = filters,
        });
        if (document.NumberOfPages > Limits.MaxPages)
        {
            throw new UnreadableInputException($"{file}：PDF 有 {document.NumberOfPages} 页，超过上限 {Limits.MaxPages} 页。");
        }

        // GetPage decodes a page's whole content and builds every operation and letter in it: the caps must hold before.
        // The budget's inflation of the content is the one PdfPig then reads (DocumentFilters).
        PdfContentBudget.Check(document, Limits, file, cancellation, filters);
        var drafts = new List<PageDraft>(document.NumberOfPages);
        var letters = 0;
        var images = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            if (filters.DroppedOutlines && page.Letters.Any(PageLayout.BoxReadsInk))
            {
                return null;
            }

            letters += page.Letters.Count;
            images += page.NumberOfImages;
            drafts.Add(PageLayout.Lay(page, Limits, layout));
        }

        // Running headers and footers show only across pages: they are set apart before any page's paragraphs are joined.
        var chrome = PageChrome.Find(drafts);
        var margins = PageMargins.Of(drafts, chrome);
        var blocks = new List<Block>();
        for (var number = 1; number <= drafts.Count; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            var continued = number > 1 ? TableContinuation.EndingColumns(drafts[number - 2], chrome) : null;
            var first = blocks.Count;
            PageItems.AddBlocks(PageLayout.Finish(drafts[number - 1], chrome, margins[number - 1], continued), file, number, blocks);
            BrokenRows.Join(blocks, first);
        }

        if (letters == 0)
        {
            throw new UnreadableInputException(images > 0
                ? $"{file}：PDF 没有文字层（扫描件，共 {document.NumberOfPages} 页图像），需要先经 OCR 识别才能读取。"
                : $"{file}：PDF 中没有任何文字。");
        }

        return new SourceDocument { File = file, Format = "pdf", Blocks = blocks, Diagnostics = OcrLayer.Diagnose(drafts, blocks, file) };
    }
}
