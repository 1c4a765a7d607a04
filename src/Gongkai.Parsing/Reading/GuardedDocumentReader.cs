using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// The plumbing every native reader shares: its own limits, and the guard that turns a library's exception into
/// one Chinese failure naming the file (<see cref="ReaderFailures.Guard"/>). A reader says which kinds it reads
/// and how it reads one file.
/// </summary>
/// <typeparam name="TLimits">The reader's own bounds.</typeparam>
/// <param name="limits">The bounds in force.</param>
/// <param name="problem">What the failure says when the library cannot read the file (e.g. <c>Word 文档已损坏或格式不受支持</c>).</param>
public abstract class GuardedDocumentReader<TLimits>(TLimits limits, string problem) : IDocumentReader
    where TLimits : class
{
    /// <summary>The reader's bounds.</summary>
    protected TLimits Limits { get; } = limits;

    /// <inheritdoc />
    public abstract bool CanRead(InputKind kind);

    /// <inheritdoc />
    public virtual bool CanRead(InputKind kind, ReadOnlyMemory<byte> content) => CanRead(kind);

    /// <inheritdoc />
    public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation = default) =>
        ReaderFailures.Guard(file, problem, () => ReadFile(content, file, limits, cancellation));

    /// <summary>Reads one file; any exception but <see cref="UnreadableInputException"/> and cancellation becomes the reader's failure.</summary>
    protected abstract SourceDocument ReadFile(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation);
}
