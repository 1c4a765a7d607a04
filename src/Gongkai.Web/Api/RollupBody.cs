using Gongkai.Store.Queries;

namespace Gongkai.Web.Api;

/// <summary>One year's roll-up as <c>/api/v1/rollups</c> answers it (the shape of <c>gongkai rollup --format json</c>).</summary>
internal sealed record RollupBody(string? Region, int Year, int Reports, int SummaryReports, Indicators Indicators, IReadOnlyList<RollupCell> Cells);
