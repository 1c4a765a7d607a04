namespace Gongkai.Application.Registry;

/// <summary>What a registry import changed, or why it was refused.</summary>
/// <param name="Added">Units added.</param>
/// <param name="Updated">Units updated (by code).</param>
/// <param name="Linked">Stored reports that now match a unit.</param>
/// <param name="Failure">Why nothing was imported (the CSV's problems, listed), or <see langword="null"/>.</param>
public sealed record ImportRegistryResult(int Added, int Updated, int Linked, UseCaseFailure? Failure = null);
