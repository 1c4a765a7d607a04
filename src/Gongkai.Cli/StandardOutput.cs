using Microsoft.Win32.SafeHandles;

namespace Gongkai.Cli;

/// <summary>
/// The command's standard output as bytes, for verbs that stream data (<c>export --out -</c>): the bytes a file
/// would hold, with no text encoder between, and a reader that closed the pipe early (<c>| head</c>) told apart from
/// a failure to write.
/// </summary>
/// <remarks>
/// On Unix it is file descriptor 1 itself: .NET's console stream treats a closed pipe (EPIPE) as written, so an export
/// piped into <c>head</c> would go on formatting gigabytes for nobody. A writer other than the process's console (the
/// in-process tests' <see cref="StringWriter"/>) gets the same bytes through <see cref="TextWriterStream"/>.
/// </remarks>
internal sealed class StandardOutput : Stream
{
    // EPIPE on Linux and macOS: .NET's IOException for an errno it has no type for carries the errno as its HResult.
    private const int BrokenPipe = 32;

    private readonly Stream _inner;

    private StandardOutput(Stream inner) => _inner = inner;

    /// <summary>Whether a write failed because nothing reads the output any more (the pipe's reader has exited).</summary>
    public bool ReaderClosed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The byte stream under <paramref name="output"/>, once what it holds is written.</summary>
    public static StandardOutput Open(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Flush();
        if (!ReferenceEquals(output, Console.Out))
        {
            return Over(new TextWriterStream(output));
        }

        return Over(OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0));
    }

    /// <summary>Standard output as <paramref name="stream"/> (a pipe, in the tests), which it disposes.</summary>
    internal static StandardOutput Over(Stream stream) => new(stream ?? throw new ArgumentNullException(nameof(stream)));

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException ex)
        {
            Note(ex);
            throw;
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            Note(ex);
            throw;
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException ex)
        {
            Note(ex);
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // Every failure goes on to the caller, which ends quietly on a closed pipe and reports the others.
    private void Note(IOException ex) => ReaderClosed |= ex.HResult == BrokenPipe;
}
