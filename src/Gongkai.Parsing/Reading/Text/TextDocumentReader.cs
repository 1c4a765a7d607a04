using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>Reads text reports in the three text layouts, after detecting their encoding and layout.</summary>
public sealed class TextDocumentReader : IDocumentReader
{
    /// <summary>The shared instance.</summary>
    public static TextDocumentReader Instance { get; } = new();

    /// <inheritdoc />
    public bool CanRead(InputKind kind) => kind == InputKind.Text;

    /// <inheritdoc />
    public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (content.Length > limits.MaxTextBytes)
        {
            throw new UnreadableInputException($"{file}：文本文件过大（{content.Length / 1024.0 / 1024.0:F1} MB），超过文本报告上限 {limits.MaxTextBytes / 1024 / 1024} MB。");
        }

        var decoded = TextDecoder.Decode(content.Span, file);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            throw new UnreadableInputException($"{file}：文件没有内容。");
        }

        var lines = TextLines.Split(decoded.Text);
        if (lines.Count > limits.MaxLines)
        {
            throw new UnreadableInputException($"{file}：文本行数过多（{lines.Count} 行），超过上限 {limits.MaxLines} 行。");
        }

        cancellation.ThrowIfCancellationRequested();
        var header = CrawlHeader.Find(lines, file);
        if (header is { } found)
        {
            // The body only: the header's lines are the portal's, not paragraphs of the report.
            var body = lines.Skip(found.BodyStart).ToList();
            if (found.BodyFirstLine is { } first)
            {
                body.Insert(0, new TextLine(first, lines[found.BodyStart - 1].Number, lines[found.BodyStart - 1].Page));
            }

            lines = body;
        }

        var layout = TextLayoutDetector.Detect(lines);
        var blocks = layout == TextLayout.DocxText
            ? DocxTextReader.Read(lines, file)
            : RowTextReader.Read(lines, file, markdown: layout == TextLayout.Markdown);
        return new SourceDocument
        {
            File = file,
            Format = layout.ToFormatName(),
            Encoding = decoded.Encoding,
            Blocks = blocks,
            Portal = header?.Portal,
            RepeatsDropped = RepeatsDroppedDetector.Detect(lines),
            Diagnostics = decoded.Diagnostics,
        };
    }
}
