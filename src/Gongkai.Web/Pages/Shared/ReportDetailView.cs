using Gongkai.Application.Reports;
using Gongkai.Application.Reviewing;
using Gongkai.Application.Versions;

namespace Gongkai.Web.Pages.Shared;

/// <summary>What the detail partial shows: the report and where the list it came from is.</summary>
public sealed record ReportDetailView(ReportView Report, string ListPath)
{
    /// <summary>The findings with their rules' explanations and reviews (signed-in users); else the plain list.</summary>
    public IReadOnlyList<ReviewedFinding>? Reviewed { get; init; }

    /// <summary>The version history (signed-in users), or <see langword="null"/>.</summary>
    public VersionsResult? Versions { get; init; }

    /// <summary>The outcome of the last confirm or dismiss, shown once.</summary>
    public string? Message { get; init; }
}
