using Gongkai.Core.Diagnostics;

namespace Gongkai.Store.Queries;

/// <summary>A finding stored with a version at import: the statutory rules' and the reader's.</summary>
/// <param name="VersionId">The version it was found on.</param>
/// <param name="Code">The rule code (GKxxxx).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Cells">The cells concerned, as paths separated by spaces.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record StoredFinding(long VersionId, string Code, Severity Severity, string Cells, string Message);
