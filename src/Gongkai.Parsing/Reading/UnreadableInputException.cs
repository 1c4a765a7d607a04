namespace Gongkai.Parsing.Reading;

/// <summary>
/// The input cannot be read as a report at all (empty, binary, an image, too large, damaged, not a report).
/// The message is Chinese and names the file and the problem.
/// </summary>
/// <remarks>Readers throw it; <see cref="Pipeline.ReportPipeline"/> turns it into a failed <see cref="Pipeline.ParseResult"/>.</remarks>
public sealed class UnreadableInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnreadableInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public UnreadableInputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public UnreadableInputException()
        : base("无法读取输入。")
    {
    }
}
