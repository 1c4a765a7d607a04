using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Reading;

/// <summary>Reads one input format into the format-neutral <see cref="SourceDocument"/>.</summary>
/// <remarks>Readers know layouts, never statutory labels (docs/architecture.md, "Pipeline").</remarks>
public interface IDocumentReader
{
    /// <summary>Whether this reader handles files of <paramref name="kind"/>.</summary>
    bool CanRead(InputKind kind);

    /// <summary>
    /// Whether this reader handles <paramref name="content"/>, sniffed as <paramref name="kind"/>: a reader that shares
    /// a container kind with another (DOCX and XLSX are both ZIP files) looks inside; the others answer by kind.
    /// </summary>
    bool CanRead(InputKind kind, ReadOnlyMemory<byte> content) => CanRead(kind);

    /// <summary>Reads <paramref name="content"/>, the bytes of <paramref name="file"/>.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file's name, for messages and sources.</param>
    /// <param name="limits">The limits in force.</param>
    /// <param name="cancellation">
    /// Cancelled when the read's time budget (<see cref="ReaderLimits.ReadTimeout"/>) is spent or the caller gives
    /// up: a reader checks it in its loops (per page, element, row) and stops with <see cref="OperationCanceledException"/>.
    /// </param>
    /// <exception cref="UnreadableInputException">The content cannot be read; the message says why, in Chinese.</exception>
    SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation = default);
}
