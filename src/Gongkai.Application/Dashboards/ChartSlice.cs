namespace Gongkai.Application.Dashboards;

/// <summary>One part of a mix (an outcome group, an applicant kind) and its total.</summary>
/// <param name="Label">The official label.</param>
/// <param name="Value">The total, or <see langword="null"/> when no report prints it.</param>
public sealed record ChartSlice(string Label, decimal? Value);
