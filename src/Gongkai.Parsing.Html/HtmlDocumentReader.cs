using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Html;

/// <summary>
/// Reads report pages as portals publish them (AngleSharp): the report's container among navigation and footers,
/// tables with rowspan/colspan expanded into grids, charsets declared in the page (gb2312/gbk included),
/// pictures recorded so that a table published as an image can be named.
/// </summary>
public sealed class HtmlDocumentReader(HtmlReaderLimits limits) : GuardedDocumentReader<HtmlReaderLimits>(limits, "网页无法解析")
{
    /// <summary>The reader with default limits.</summary>
    public static HtmlDocumentReader Instance { get; } = new(HtmlReaderLimits.Default);

    /// <inheritdoc />
    public override bool CanRead(InputKind kind) => kind == InputKind.Html;

    /// <inheritdoc />
    protected override SourceDocument ReadFile(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation)
    {
        if (content.Length > Limits.MaxBytes)
        {
            throw new UnreadableInputException($"{file}：网页过大（{content.Length / 1024.0 / 1024.0:F1} MB），超过上限 {Limits.MaxBytes / 1024 / 1024} MB。");
        }

        return ReadPage(content, file, limits.Landmarks, cancellation);
    }

    private SourceDocument ReadPage(ReadOnlyMemory<byte> content, string file, ReportLandmarks landmarks, CancellationToken cancellation)
    {
        var (decoded, encoding, notes) = HtmlDecoder.Decode(content.Span, file);
        var (text, elements) = HtmlNesting.Flatten(decoded, Limits.MaxDepth);
        if (elements > Limits.MaxElements)
        {
            throw new UnreadableInputException($"{file}：网页元素过多（{elements} 个），超过上限 {Limits.MaxElements} 个。");
        }

        using var document = HtmlPageParser.Parse(text, Limits.MaxDepth, cancellation);
        var container = ContentLocator.Locate(document, landmarks);
        var walker = new HtmlBlockWalker(file, Limits, cancellation);
        if (ContentLocator.TitleOutside(document, container, landmarks) is { } title)
        {
            walker.Blocks.Add(new SourceParagraph(title, new SourceRef(file, 1), HeadingLevel: 1));
        }

        walker.Walk(container);
        return new SourceDocument { File = file, Format = "html", Encoding = encoding, Blocks = walker.Blocks, Diagnostics = [.. notes, .. walker.Diagnostics] };
    }
}
