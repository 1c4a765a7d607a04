using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Reading;

/// <summary>The one way a reader turns its format library's exceptions on hostile or damaged input into a refusal.</summary>
public static class ReaderFailures
{
    /// <summary>
    /// Runs <paramref name="read"/>; an <see cref="UnreadableInputException"/> passes through, any other exception
    /// (damaged ZIP directories, malformed XML or PDF objects: the libraries throw many types, all meaning the same
    /// to the user) becomes one whose message is <paramref name="problem"/>; the library's exception, whose text is
    /// English, is its inner exception (the CLI shows it with <c>--verbose</c>). Cancellation (the read's time
    /// budget spent) passes through too: the pipeline reports it.
    /// </summary>
    public static SourceDocument Guard(string file, string problem, Func<SourceDocument> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (UnreadableInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            throw new UnreadableInputException($"{file}：{problem}。", ex);
        }
    }
}
