using System.IO.Pipes;

namespace Gongkai.Cli.Tests;

/// <summary>A write to a pipe nobody reads any more is told apart from other failures to write (<see cref="StandardOutput"/>).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StandardOutputTests
{
    [Fact]
    public void A_write_to_a_pipe_whose_reader_is_gone_fails_and_says_the_reader_closed()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        pipe.DisposeLocalCopyOfClientHandle();
        using var output = StandardOutput.Over(WriteEnd(pipe));

        Assert.ThrowsAny<IOException>(() => output.Write(new byte[100_000]));
        Assert.True(output.ReaderClosed);
    }

    [Fact]
    public async Task An_asynchronous_write_to_a_pipe_whose_reader_is_gone_says_so_too()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        pipe.DisposeLocalCopyOfClientHandle();
        using var output = StandardOutput.Over(WriteEnd(pipe));

        await Assert.ThrowsAnyAsync<IOException>(async () => await output.WriteAsync(new byte[100_000]));
        Assert.True(output.ReaderClosed);
    }

    [Fact]
    public void Another_failure_to_write_is_not_a_closed_pipe()
    {
        using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        using var output = StandardOutput.Over(full);

        Assert.ThrowsAny<IOException>(() => output.Write(new byte[100]));
        Assert.False(output.ReaderClosed);
    }

    [Fact]
    public void Bytes_written_to_a_text_writer_arrive_as_the_text_they_encode_even_split_inside_a_character()
    {
        var text = new StringWriter();
        using var output = StandardOutput.Open(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes("单位代码,表\r\n");

        output.Write(bytes.AsSpan(0, 4));
        output.Write(bytes.AsSpan(4));

        Assert.Equal("单位代码,表\r\n", text.ToString());
    }

    // The pipe's write end as the CLI opens standard output (a FileStream over the descriptor): a PipeStream reports a
    // closed pipe with another exception than the FileStream the CLI writes through.
    private static FileStream WriteEnd(AnonymousPipeServerStream pipe) =>
        new(new Microsoft.Win32.SafeHandles.SafeFileHandle(pipe.SafePipeHandle.DangerousGetHandle(), ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
