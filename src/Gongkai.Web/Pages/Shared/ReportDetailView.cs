using Gongkai.Application.Reports;

namespace Gongkai.Web.Pages.Shared;

/// <summary>What the detail partial shows: the report and where the list it came from is.</summary>
public sealed record ReportDetailView(ReportView Report, string ListPath);
