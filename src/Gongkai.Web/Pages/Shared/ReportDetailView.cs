using Gongkai.Application.Reports;

namespace Gongkai.Web.Pages.Shared;

/// <summary>What the detail partial shows: the report, where the list it came from is, and whether its values link to 查看原文.</summary>
public sealed record ReportDetailView(ReportView Report, string ListPath, bool LinksToSource = false)
{
    /// <summary>查看原文's address for a value of this report, e.g. <c>/reports/7/source?cell=requests.newReceived.total</c>.</summary>
    public string SourcePath(string cellPath) =>
        $"/reports/{Report.Summary.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/source?cell={Uri.EscapeDataString(cellPath)}";
}
