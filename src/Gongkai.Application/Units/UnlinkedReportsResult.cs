using Gongkai.Store;

namespace Gongkai.Application.Units;

/// <summary>The stored reports that match no unit of the registry, each with the units it resembles.</summary>
/// <param name="Reports">The reports, with their candidate units.</param>
public sealed record UnlinkedReportsResult(IReadOnlyList<UnlinkedReport> Reports);
