using AngleSharp.Html.Parser;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Input;

namespace Gongkai.Parsing.Html;

/// <summary>
/// Reads report pages as portals publish them (AngleSharp): the report's container among navigation and footers,
/// tables with rowspan/colspan expanded into grids, charsets declared in the page (gb2312/gbk included),
/// pictures recorded so that a table published as an image can be named.
/// </summary>
public sealed class HtmlDocumentReader(HtmlReaderLimits limits) : IDocumentReader
{
    /// <summary>The reader with default limits.</summary>
    public static HtmlDocumentReader Instance { get; } = new(HtmlReaderLimits.Default);

    /// <inheritdoc />
    public bool CanRead(InputKind kind) => kind == InputKind.Html;

    /// <inheritdoc />
    public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits readerLimits)
    {
        if (content.Length > limits.MaxBytes)
        {
            throw new UnreadableInputException($"{file}：网页过大（{content.Length / 1024.0 / 1024.0:F1} MB），超过上限 {limits.MaxBytes / 1024 / 1024} MB。");
        }

        return ReaderFailures.Guard(file, "网页无法解析", () => ReadPage(content, file));
    }

    private SourceDocument ReadPage(ReadOnlyMemory<byte> content, string file)
    {
        var (text, encoding, notes) = HtmlDecoder.Decode(content.Span, file);
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = true,
            MaximumDepth = limits.MaxDepth,
            SkipComments = true,
        });
        using var document = parser.ParseDocument(text);
        var container = ContentLocator.Locate(document);
        var walker = new HtmlBlockWalker(file, limits);
        if (ContentLocator.TitleOutside(document, container) is { } title)
        {
            walker.Blocks.Add(new SourceParagraph(title, new SourceRef(file, 1), HeadingLevel: 1));
        }

        walker.Walk(container);
        return new SourceDocument { File = file, Format = "html", Encoding = encoding, Blocks = walker.Blocks, Diagnostics = [.. notes, .. walker.Diagnostics] };
    }
}
