namespace Gongkai.Core.Model;

/// <summary>One of the six sections as printed: its heading and its narrative text (tables excluded).</summary>
public sealed record ReportSection
{
    /// <summary>Which section this is.</summary>
    public required SectionKind Kind { get; init; }

    /// <summary>The heading as printed, e.g. <c>5、 存在的主要问题及改进情况</c>.</summary>
    public required string Heading { get; init; }

    /// <summary>The section's paragraphs, one per line.</summary>
    public required string Text { get; init; }

    /// <summary>Where the heading was read.</summary>
    public SourceRef Source { get; init; }
}
