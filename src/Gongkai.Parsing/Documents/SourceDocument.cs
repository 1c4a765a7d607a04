using Gongkai.Core.Diagnostics;

namespace Gongkai.Parsing.Documents;

/// <summary>
/// A report as a reader found it, in any format: paragraphs and tables in reading order, each with its source.
/// Readers stop here; statutory knowledge starts after (docs/architecture.md, "Pipeline").
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The file name as given.</summary>
    public required string File { get; init; }

    /// <summary>The detected layout or format, e.g. <c>docx-text</c>, <c>pdf-text</c>, <c>markdown</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The text encoding for text formats, else <see langword="null"/>.</summary>
    public string? Encoding { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex, when known.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The blocks in reading order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>The portal's header kept apart from the body (a crawl's 标题 / 发布时间 / 发布机构 / 原始链接), when the file has one.</summary>
    public Gongkai.Core.Model.PortalMetadata? Portal { get; init; }

    /// <summary>
    /// Whether the text reader found that the extractor dropped consecutive identical lines (cells one per line, a
    /// repeated value printed once, a row of zeros as one <c>0</c>): the table mappers then read a short row as
    /// runs of its printed values (<c>Tables/ValuePlacement.RunLengths</c>). Set only from the document's own evidence.
    /// </summary>
    public bool RepeatsDropped { get; init; }

    /// <summary>What the reader noticed (encoding fallback, text boxes set aside, …).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
