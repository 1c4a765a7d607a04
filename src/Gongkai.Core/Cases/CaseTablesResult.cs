using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>Tables 三 and 四 built from a unit's cases, with the cases behind every cell.</summary>
public sealed class CaseTablesResult
{
    private readonly IReadOnlyDictionary<(TableKind Table, string Row, string Column), IReadOnlyList<string>> _behind;
    private readonly IReadOnlyDictionary<string, string> _numbers;

    internal CaseTablesResult(
        int year,
        TemplateVersion edition,
        ReportTable requests,
        ReportTable appeals,
        IReadOnlyDictionary<(TableKind Table, string Row, string Column), IReadOnlyList<string>> behind,
        IReadOnlyDictionary<string, string> numbers)
    {
        Year = year;
        Edition = edition;
        Requests = requests;
        Appeals = appeals;
        _behind = behind;
        _numbers = numbers;
    }

    /// <summary>The year reported on.</summary>
    public int Year { get; }

    /// <summary>The edition of the format the tables follow.</summary>
    public TemplateVersion Edition { get; }

    /// <summary>Table 三 (every cell a computed number, no provenance).</summary>
    public ReportTable Requests { get; }

    /// <summary>Table 四 (every cell a computed number, no provenance).</summary>
    public ReportTable Appeals { get; }

    /// <summary>
    /// The ids of the cases behind a cell of table 三 or 四 (row keys of the two tables are distinct); for table 四, the
    /// cases the counted appeals are about.
    /// </summary>
    public IReadOnlyList<string> CasesBehind(RowKey row, ColumnKey column)
    {
        var table = AppealsTemplate.Table.Row(row) is not null ? TableKind.Appeals : TableKind.Requests;
        return CasesBehind(table, row, column);
    }

    /// <summary>The ids of the cases behind a cell of <paramref name="table"/>.</summary>
    public IReadOnlyList<string> CasesBehind(TableKind table, RowKey row, ColumnKey column) =>
        _behind.TryGetValue((table, row.Value, column.Value), out var ids) ? ids : [];

    /// <summary>The registry number of case <paramref name="caseId"/> (the id itself when the case was not given).</summary>
    public string NumberOf(string caseId) => _numbers.TryGetValue(caseId, out var number) ? number : caseId;
}
