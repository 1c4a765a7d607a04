namespace Gongkai.Core.Serialization;

/// <summary>What <see cref="ReportJsonWriter"/> writes besides the canonical keys.</summary>
public sealed record ReportJsonOptions
{
    /// <summary>The canonical keys only (schema … appeals): what truth files hold.</summary>
    public static ReportJsonOptions CanonicalOnly { get; } = new() { IncludeDetails = false };

    /// <summary>The canonical keys and the sections' headings and text: a report being written (<c>gongkai new</c>).</summary>
    public static ReportJsonOptions Authoring { get; } = new() { IncludeDetails = false, IncludeSections = true };

    /// <summary>Canonical keys plus sections, narrative figures, input, diagnostics and provenance.</summary>
    public static ReportJsonOptions Default { get; } = new();

    /// <summary>Whether to add the optional keys (<c>sections</c>, <c>narrative</c>, <c>input</c>, <c>diagnostics</c>, <c>provenance</c>).</summary>
    public bool IncludeDetails { get; init; } = true;

    /// <summary>Whether to add <c>sections</c> when the other optional keys are left out.</summary>
    public bool IncludeSections { get; init; }

    /// <summary>Whether to indent (two spaces).</summary>
    public bool Indented { get; init; } = true;
}
