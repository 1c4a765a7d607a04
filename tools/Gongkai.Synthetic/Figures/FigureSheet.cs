using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Figures;

/// <summary>The figures of tables 二, 三 and 四 of one report, cell by cell in the layout of its template edition.</summary>
/// <remarks>Mutable while a report is generated (flaws are applied to it); frozen into <see cref="ReportTable"/>s at the end.</remarks>
internal sealed class FigureSheet
{
    private readonly Dictionary<(TableKind, string, string), decimal> _cells = [];

    public FigureSheet(TemplateVersion version) => Template = ReportTemplates.For(version);

    public ReportTemplate Template { get; }

    public decimal this[TableKind table, string row, string column]
    {
        get => _cells.GetValueOrDefault((table, row, column));
        set => _cells[(table, row, column)] = value;
    }

    /// <summary>Shorthand for table 三 cells, which are all counts.</summary>
    public int Requests(string row, string column) => (int)this[TableKind.Requests, row, column];

    public void AddRequests(string row, string column, int delta) => this[TableKind.Requests, row, column] += delta;

    /// <summary>Adds every cell of <paramref name="other"/> (same edition) to this sheet: the sum a summary report prints.</summary>
    public void Add(FigureSheet other)
    {
        foreach (var (key, value) in other._cells)
        {
            _cells[key] = _cells.GetValueOrDefault(key) + value;
        }
    }

    public FigureSheet Copy()
    {
        var copy = new FigureSheet(Template.Version);
        copy.Add(this);
        return copy;
    }

    /// <summary>The printed table of <paramref name="kind"/>: every template cell, as a number.</summary>
    public ReportTable ToTable(TableKind kind)
    {
        var rows = Template.Table(kind).Rows
            .Select(spec => new TableRow
            {
                Key = spec.Key,
                Cells = spec.Columns.Select(column => Cell.Number(column.Key, column.Kind, this[kind, spec.Key, column.Key])).ToList(),
            })
            .ToList();
        return new ReportTable { Kind = kind, Rows = rows };
    }
}
