namespace Gongkai.Synthetic.Flaws;

/// <summary>The parameters of a planted flaw, drawn when the province is created so that the manifest exists before any report.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Column">The applicant column of 表三 a figure flaw changes.</param>
/// <param name="Delta">How much a figure is raised (always up, so every flaw is possible whatever the figures).</param>
/// <param name="Alias">The name printed by <see cref="FlawKind.NameVariant"/>.</param>
/// <param name="Days">Days past the deadline for <see cref="FlawKind.Late"/>.</param>
internal sealed record PlannedFlaw(FlawKind Kind, string Column, int Delta, string? Alias, int Days);
