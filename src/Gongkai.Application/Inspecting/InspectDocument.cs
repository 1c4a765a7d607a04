using Gongkai.Application.Sources;
using Gongkai.Parsing.Reading;

namespace Gongkai.Application.Inspecting;

/// <summary>
/// What the reader saw in a file — paragraphs and table rows with their sources, before any recognition — for
/// finding out why a file was misread.
/// </summary>
public static class InspectDocument
{
    /// <summary>Reads <see cref="InspectOptions.File"/> with every reader; an unreadable file is a failure in the result.</summary>
    public static InspectResult Run(InspectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return new InspectResult { Document = ReportPipelines.Full.ReadDocument(options.File) };
        }
        catch (UnreadableInputException ex)
        {
            return new InspectResult { Failure = UseCaseFailure.Of(FailureKind.UnusableInput, ex.Message, ex.InnerException) };
        }
    }
}
