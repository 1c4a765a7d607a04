namespace Gongkai.Application.Dashboards;

/// <summary>A report ranked by the requests it received (表三 一、本年新收 总计).</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Name">The unit's name, or the name the report prints.</param>
/// <param name="Region">The unit's region, or <see langword="null"/> for a report not linked to a unit.</param>
/// <param name="Received">The requests received.</param>
public sealed record RankedUnit(long ReportId, string Name, string? Region, decimal Received);
