using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>A stored report's current version: its listing row, its content, its findings and the files that gave it.</summary>
/// <param name="Summary">The listing row (unit, year, counts).</param>
/// <param name="Content">The report as read.</param>
/// <param name="Findings">The validator's findings on this version.</param>
/// <param name="Sources">The files that gave this version (an identical file imported twice appears once).</param>
public sealed record ReportView(StoredReport Summary, AnnualReport Content, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<ReportVersionInfo> Sources);
