using Gongkai.Application.Reports;

namespace Gongkai.Web.Pages.Shared;

/// <summary>What the list partial shows: the result, the filters that gave it, and where a report's page is.</summary>
/// <param name="Result">The use case's result.</param>
/// <param name="Query">The filters.</param>
/// <param name="DetailPath">The address of a report's page, without its id (<c>/reports/</c> or <c>/public/</c>).</param>
/// <param name="ShowsPublication">Whether the list shows and filters on publication (not for the public: all it sees is published).</param>
public sealed record ReportListView(ListReportsResult Result, ReportListQuery Query, string DetailPath, bool ShowsPublication = true);
