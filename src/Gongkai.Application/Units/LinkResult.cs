namespace Gongkai.Application.Units;

/// <summary>Whether the report was linked.</summary>
/// <param name="Failure">Why not (the report or the unit does not exist); <see langword="null"/> when linked.</param>
public sealed record LinkResult(UseCaseFailure? Failure);
