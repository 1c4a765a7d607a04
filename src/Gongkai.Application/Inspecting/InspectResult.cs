using Gongkai.Parsing.Documents;

namespace Gongkai.Application.Inspecting;

/// <summary>What the reader saw, or why the file could not be read.</summary>
public sealed record InspectResult
{
    /// <summary>The paragraphs, pictures and tables in reading order, each with its source; <see langword="null"/> when unreadable.</summary>
    public SourceDocument? Document { get; init; }

    /// <summary>Why the file could not be read.</summary>
    public UseCaseFailure? Failure { get; init; }
}
