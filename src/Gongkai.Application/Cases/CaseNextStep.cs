namespace Gongkai.Application.Cases;

/// <summary>A kind of step a case may take now, with its Chinese name.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Label">Its name (<see cref="CaseStepKinds.Label"/>).</param>
public sealed record CaseNextStep(CaseStepKind Kind, string Label);
