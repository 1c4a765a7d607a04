using Gongkai.Core.Cases;

namespace Gongkai.Store.Cases;

/// <summary>The cases counted in one cell of table 三 (as <see cref="CaseRepository.Tallies"/> counts them).</summary>
/// <param name="Group">The row group.</param>
/// <param name="Outcomes">For <see cref="CaseTallyGroup.Closed"/>, the outcomes the row counts; empty for every outcome ((七) 总计).</param>
/// <param name="Kind">The applicant kind's column; <see langword="null"/> for the 总计 column.</param>
public sealed record CaseTallyCell(CaseTallyGroup Group, IReadOnlyList<CaseOutcome> Outcomes, ApplicantKind? Kind);
