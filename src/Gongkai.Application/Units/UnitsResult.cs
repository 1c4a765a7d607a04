using Gongkai.Store.Registry;

namespace Gongkai.Application.Units;

/// <summary>The registry's units that were asked for, in the registry's order.</summary>
/// <param name="Units">The units.</param>
public sealed record UnitsResult(IReadOnlyList<RegisteredUnit> Units);
