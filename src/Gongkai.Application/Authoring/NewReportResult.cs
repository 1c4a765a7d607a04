using Gongkai.Core.Model;

namespace Gongkai.Application.Authoring;

/// <summary>What <c>new</c> wrote, a note when the format asked for is not the year's, and why it stopped if it did.</summary>
public sealed record NewReportResult
{
    /// <summary>Why nothing was written; <see langword="null"/> when both files were.</summary>
    public UseCaseFailure? Failure { get; init; }

    /// <summary>Said before anything else when the format asked for differs from the one the year requires (Chinese, one line).</summary>
    public string? TemplateNote { get; init; }

    /// <summary>The table format of the skeleton.</summary>
    public TemplateVersion Template { get; init; }

    /// <summary>The fill-in workbook written, or <see langword="null"/>.</summary>
    public string? Workbook { get; init; }

    /// <summary>The canonical JSON written, or <see langword="null"/>.</summary>
    public string? Json { get; init; }

    /// <summary>Where tables 三 and 四 were counted from, when from the cases (Chinese), else <see langword="null"/>.</summary>
    public string? CasesNote { get; init; }
}
