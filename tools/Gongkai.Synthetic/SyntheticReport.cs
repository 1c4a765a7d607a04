using Gongkai.Core.Model;

namespace Gongkai.Synthetic;

/// <summary>One generated report file's content.</summary>
/// <param name="Unit">The issuing unit.</param>
/// <param name="Year">The year reported on.</param>
/// <param name="Version">1, or 2 for the corrected file of a <see cref="FlawKind.Corrected"/> unit-year.</param>
/// <param name="Report">The report as printed (flaws included).</param>
public sealed record SyntheticReport(SyntheticUnit Unit, int Year, int Version, AnnualReport Report);
