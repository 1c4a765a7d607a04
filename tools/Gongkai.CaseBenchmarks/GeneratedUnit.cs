using Gongkai.Core.Cases;

namespace Gongkai.CaseBenchmarks;

/// <summary>A fictional unit's generated cases (each with the answer deadline the application would store) and appeals.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="AsOf">The day the register is as of: no step is later.</param>
/// <param name="Cases">The cases, by receipt.</param>
/// <param name="Due">The answer deadline of every case as of <paramref name="AsOf"/> (CaseClock), by id.</param>
/// <param name="Appeals">The 复议/诉讼 about some of the cases.</param>
public sealed record GeneratedUnit(
    string UnitCode, DateOnly AsOf, IReadOnlyList<RequestCase> Cases, IReadOnlyDictionary<string, DateOnly> Due, IReadOnlyList<CaseAppeal> Appeals);
