using Gongkai.Reporting;

namespace Gongkai.Application.Rendering;

/// <summary>What to render, and how (the options of <c>gongkai render</c>).</summary>
public sealed record RenderOptions
{
    /// <summary>The fill-in workbook, canonical JSON or any readable report.</summary>
    public required string Input { get; init; }

    /// <summary>The formats to write; each once.</summary>
    public IReadOnlyList<RenderFormat> Formats { get; init; } = [RenderFormat.Docx];

    /// <summary>A Markdown file whose sections (“## 一、总体情况” …) replace those of the same kind in the input.</summary>
    public string? SectionsFile { get; init; }

    /// <summary>Last year's report (any readable format); else the store's, when a store exists.</summary>
    public string? PreviousFile { get; init; }

    /// <summary>The output directory; the input's by default.</summary>
    public string? OutDirectory { get; init; }

    /// <summary>Render even with errors, and overwrite existing outputs.</summary>
    public bool Force { get; init; }

    /// <summary>The store to take last year's report from (<c>--db</c>); <see langword="null"/> for the environment's or the default.</summary>
    public string? Database { get; init; }

    /// <summary>The registered unit whose cases in the store replace tables 三 and 四 (<c>--tables-from-cases</c>), or <see langword="null"/>.</summary>
    public string? TablesFromCases { get; init; }
}
