namespace Gongkai.Core.Model;

/// <summary>A figure stated in the report's text, to be checked against the tables.</summary>
public sealed record NarrativeFigure
{
    /// <summary>What the figure counts.</summary>
    public required NarrativeFigureKind Kind { get; init; }

    /// <summary>The number stated (0 for statements such as <c>未发生行政复议</c>).</summary>
    public required int Value { get; init; }

    /// <summary>The phrase the figure was read from.</summary>
    public required string Text { get; init; }

    /// <summary>Where the phrase was read.</summary>
    public SourceRef Source { get; init; }
}
