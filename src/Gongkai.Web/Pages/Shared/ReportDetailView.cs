using Gongkai.Application.Reports;
using Gongkai.Application.Reviewing;
using Gongkai.Application.Versions;

namespace Gongkai.Web.Pages.Shared;

/// <summary>What the detail partial shows: the report, where the list it came from is, and whether its values link to 查看原文.</summary>
public sealed record ReportDetailView(ReportView Report, string ListPath, bool LinksToSource = false)
{
    /// <summary>The findings with their rules' explanations and reviews (signed-in users); else the plain list.</summary>
    public IReadOnlyList<ReviewedFinding>? Reviewed { get; init; }

    /// <summary>The version history (signed-in users), or <see langword="null"/>.</summary>
    public VersionsResult? Versions { get; init; }

    /// <summary>Whether the viewer may publish and withdraw it (区域管理员, 系统管理员): the buttons are shown.</summary>
    public bool MayPublish { get; init; }

    /// <summary>Whether the publication state is shown (not on the public's pages: all they show is published).</summary>
    public bool ShowsPublication => Reviewed is not null;

    /// <summary>The outcome of the last confirm or dismiss, shown once.</summary>
    public string? Message { get; init; }

    /// <summary>查看原文's address for a value of this report, e.g. <c>/reports/7/source?cell=requests.newReceived.total</c>.</summary>
    public string SourcePath(string cellPath) =>
        $"/reports/{Report.Summary.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/source?cell={Uri.EscapeDataString(cellPath)}";
}
