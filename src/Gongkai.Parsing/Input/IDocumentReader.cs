using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Input;

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
    /// <exception cref="UnreadableInputException">The content cannot be read; the message says why, in Chinese.</exception>
    SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits);
}
