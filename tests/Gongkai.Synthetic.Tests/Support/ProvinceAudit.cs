using System.Globalization;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Tests.Support;

/// <summary>
/// One streaming pass over a province's reports that records every check the tests assert: validator findings,
/// the cross-year chains, the county summaries and the planted flaws. One pass keeps the suite fast.
/// </summary>
internal sealed class ProvinceAudit
{
    private readonly SyntheticProvince _province;
    private readonly Dictionary<string, SyntheticUnit> _units;
    private readonly Dictionary<string, (int Year, ReportTable Requests, ReportTable Proactive)> _last = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, decimal>> _childSums = new(StringComparer.Ordinal);

    private ProvinceAudit(SyntheticProvince province)
    {
        _province = province;
        _units = province.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
    }

    public Dictionary<(string Unit, int Year), int> Files { get; } = [];

    public List<string> CleanReportFindings { get; } = [];

    public List<string> ChainBreaks { get; } = [];

    public int ChainChecks { get; private set; }

    public List<string> SummaryDifferences { get; } = [];

    public int SummaryChecks { get; private set; }

    /// <summary>Flaws whose effect was not seen where the manifest says it is.</summary>
    public List<string> UndetectedFlaws { get; } = [];

    public static ProvinceAudit Run(SyntheticProvince province)
    {
        var audit = new ProvinceAudit(province);
        foreach (var report in province.Reports())
        {
            audit.Check(report);
        }

        return audit;
    }

    private void Check(SyntheticReport item)
    {
        var (unit, year, report) = (item.Unit, item.Year, item.Report);
        var key = (unit.Code, year);
        Files[key] = Files.GetValueOrDefault(key) + 1;
        var flaw = _province.FlawOf(unit.Code, year);
        var findings = ReportChecker.Default.Check(report).Where(d => d.Severity >= Severity.Warning).ToList();
        var current = flaw?.Kind != FlawKind.Corrected || item.Version == 2;
        if (flaw is null || (flaw.Kind == FlawKind.Corrected && item.Version == 2))
        {
            CleanReportFindings.AddRange(findings.Select(d => $"{unit.Code} {year} v{item.Version}: {d.Code} {d.Message}"));
        }
        else
        {
            CheckFlawSeen(flaw, item, findings);
        }

        if (!current)
        {
            return;
        }

        CheckChains(unit, year, report, flaw);
        CheckSummary(unit, year, report, flaw);
    }

    private void CheckFlawSeen(SyntheticFlaw flaw, SyntheticReport item, List<Diagnostic> findings)
    {
        var seen = flaw.Kind switch
        {
            FlawKind.Balance => findings.Any(d => d.Code == DiagnosticCodes.RequestsBalance),
            FlawKind.Corrected => item.Version == 1 && findings.Any(d => d.Code == DiagnosticCodes.RequestsBalance),
            FlawKind.Late => findings.Any(d => d.Code == DiagnosticCodes.PublishedLate),
            FlawKind.NameVariant => item.Report.Agency != item.Unit.Name && item.Unit.Aliases.Contains(item.Report.Agency!),
            _ => true, // the cross-year and summary flaws are checked with their chains and sums
        };
        if (!seen)
        {
            UndetectedFlaws.Add($"{flaw.UnitCode} {flaw.Year} {flaw.Kind}");
        }

        // Besides its own problem, a flawed report must be clean: the flaw is the only finding.
        var expected = flaw.Kind switch
        {
            FlawKind.Balance or FlawKind.Corrected => DiagnosticCodes.RequestsBalance,
            FlawKind.Late => DiagnosticCodes.PublishedLate,
            _ => null,
        };
        CleanReportFindings.AddRange(findings.Where(d => d.Code != expected).Select(d => $"{flaw.UnitCode} {flaw.Year} ({flaw.Kind}): {d.Code} {d.Message}"));
    }

    private void CheckChains(SyntheticUnit unit, int year, AnnualReport report, SyntheticFlaw? flaw)
    {
        var requests = report.Requests!;
        var proactive = report.Proactive!;
        if (_last.TryGetValue(unit.Code, out var last) && last.Year == year - 1)
        {
            var breaks = new List<string>();
            foreach (var column in RequestsTemplate.Columns)
            {
                if (requests.ValueAt(RequestsTemplate.CarriedOver, column.Key) != last.Requests.ValueAt(RequestsTemplate.CarriedForward, column.Key))
                {
                    breaks.Add("carriedOver." + column.Key);
                }
            }

            if (report.Template == TemplateVersion.V2021 && last.Proactive["normativeDocuments"]?["inForce"] is not null)
            {
                foreach (var row in new[] { "rules", "normativeDocuments" })
                {
                    if (proactive.ValueAt(row, "inForce") != last.Proactive.ValueAt(row, "inForce") + proactive.ValueAt(row, "issued") - proactive.ValueAt(row, "repealed"))
                    {
                        breaks.Add(row + ".inForce");
                    }
                }
            }

            if (year == 2020 && report.Template == TemplateVersion.V2019)
            {
                foreach (var row in new[] { "licensing", "otherServices", "punishment", "coercion", "fees" })
                {
                    if (proactive.ValueAt(row, "previousItems") != last.Proactive.ValueAt(row, "previousItems") + last.Proactive.ValueAt(row, "change"))
                    {
                        breaks.Add(row + ".previousItems");
                    }
                }
            }

            ChainChecks++;
            var chainFlaw = flaw?.Kind is FlawKind.CarriedOverMismatch or FlawKind.InForceBreak or FlawKind.PreviousItemsBreak;
            if (chainFlaw && breaks.Count == 0)
            {
                UndetectedFlaws.Add($"{unit.Code} {year} {flaw!.Kind}");
            }
            else if (!chainFlaw && breaks.Count > 0)
            {
                ChainBreaks.Add($"{unit.Code} {year - 1}→{year}: {string.Join(", ", breaks)}");
            }
        }

        _last[unit.Code] = (year, requests, proactive);
    }

    private void CheckSummary(SyntheticUnit unit, int year, AnnualReport report, SyntheticFlaw? flaw)
    {
        if (unit.ParentCode is { } parent && _units[parent].IsSummary)
        {
            var slot = SumKey(parent, year);
            var sums = _childSums.TryGetValue(slot, out var found) ? found : _childSums[slot] = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (cell, value) in Cells(report))
            {
                sums[cell] = sums.GetValueOrDefault(cell) + value;
            }
        }

        if (!unit.IsSummary)
        {
            return;
        }

        var children = _childSums.Remove(SumKey(unit.Code, year), out var sum) ? sum : [];
        var differences = Cells(report).Where(c => children.GetValueOrDefault(c.Cell) != c.Value).Select(c => c.Cell).ToList();
        SummaryChecks++;
        if (flaw?.Kind == FlawKind.SummaryMismatch && differences.Count == 0)
        {
            UndetectedFlaws.Add($"{unit.Code} {year} SummaryMismatch");
        }
        else if (flaw?.Kind != FlawKind.SummaryMismatch && differences.Count > 0)
        {
            SummaryDifferences.Add($"{unit.Code} {year}: {string.Join(", ", differences.Take(5))}");
        }
    }

    // Per year: a county whose report is missing must not carry its children's sums into the next year.
    private static string SumKey(string county, int year) => string.Create(CultureInfo.InvariantCulture, $"{county}/{year}");

    private static IEnumerable<(string Cell, decimal Value)> Cells(AnnualReport report) =>
        new[] { report.Proactive!, report.Requests!, report.Appeals! }.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c =>
            (string.Create(CultureInfo.InvariantCulture, $"{t.Kind.ToJsonKey()}.{r.Key}.{c.Column}"), c.Value ?? 0))));
}
