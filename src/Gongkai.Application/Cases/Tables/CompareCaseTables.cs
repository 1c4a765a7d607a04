using System.Globalization;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Tables;

/// <summary>
/// Tables 三 and 四 from the unit's cases (<see cref="BuildCaseTables"/>) against its stored report of the year (the
/// published one, else the latest): each differing cell is a <see cref="CaseTableFinding"/> in
/// <see cref="CaseTableComparison"/>'s words, naming the cases behind the count. Only the cases of differing cells are
/// read, and only their ids and numbers (at most <see cref="CaseTableComparison.NumbersListed"/> per cell).
/// </summary>
public static class CompareCaseTables
{
    /// <summary>The comparison as <paramref name="options"/> asks; failures are in the result, never thrown.</summary>
    public static CaseTablesComparison Run(ReportStore store, CaseTablesOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var (tables, appeals) = BuildCaseTables.Build(store, options);
        if (tables.Failure is not null || tables.Unit is not { } unit)
        {
            return new CaseTablesComparison { Tables = tables };
        }

        var year = tables.Year.ToString(CultureInfo.InvariantCulture);
        var stored = store.Reports(new ReportFilter { Scope = options.Scope, Agency = unit.Code, FromYear = tables.Year, ToYear = tables.Year })
            .Where(r => r.UnitCode == unit.Code)
            .OrderBy(r => r.IsSummary)
            .ThenByDescending(r => r.IsPublished)
            .FirstOrDefault();
        var published = stored is null ? null : store.LoadCurrent(stored.ReportId);
        if (stored is null || published is null)
        {
            return new CaseTablesComparison { Tables = tables, Note = $"数据库中没有 {unit.Name} {year} 年度的报告，无从比对。" };
        }

        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var findings = new List<CaseTableFinding>();
        foreach (var difference in CaseTableComparison.Differences(tables.Requests!, tables.Appeals!, published))
        {
            IReadOnlyList<string> ids;
            IReadOnlyList<string> listed;
            int count;
            if (difference.Table == TableKind.Appeals)
            {
                // Table 四's cases are the appealed ones (a case appealed twice is named twice): few, already at hand.
                ids = appeals!.CasesBehind(TableKind.Appeals, difference.Row, difference.Column);
                foreach (var (id, number) in store.Cases.Numbers(unit.Code, ids.Where(id => !numbers.ContainsKey(id))))
                {
                    numbers[id] = number;
                }

                var distinct = ids.Select(id => numbers.GetValueOrDefault(id, id)).Distinct(StringComparer.Ordinal).ToList();
                (listed, count) = (distinct, distinct.Count);
            }
            else
            {
                // Each case counts once in a cell of table 三, so the count is the number of cases behind it.
                var cell = CaseTallyTable.CellOf(difference.Row, difference.Column, tables.Edition)!;
                var cases = store.Cases.CountedIn(unit.Code, tables.Year, cell, CaseTableComparison.NumbersListed);
                foreach (var c in cases)
                {
                    numbers[c.Id] = c.Number;
                }

                (ids, listed, count) = ([.. cases.Select(c => c.Id)], [.. cases.Select(c => c.Number)], (int)difference.Computed);
            }

            findings.Add(CaseTableComparison.Finding(difference, ids, listed, count));
        }

        return new CaseTablesComparison { Tables = tables, Report = stored, Findings = findings, Numbers = numbers };
    }
}
