using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Database;

namespace Gongkai.Store.Tests.Database;

/// <summary>The template's cells and their order (<see cref="CellKey.AllTemplateCells"/>, <see cref="CellKey.Order"/>).</summary>
public sealed class CellKeyTests
{
    [Fact]
    public void Template_cells_are_both_editions_merged_row_by_row_as_a_stable_sort_by_place_in_2021()
    {
        // The definition as a LINQ query (what the loops replaced to keep generic code off the start-up path).
        var expected = new List<CellKey>();
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            var rows2019 = ReportTemplates.V2019.Table(kind).Rows;
            var rows2021 = ReportTemplates.V2021.Table(kind).Rows;
            double Position(RowSpec row) =>
                rows2021.ToList().FindIndex(r => r.Key == row.Key) is var in2021 and >= 0 ? in2021 : rows2019.ToList().FindIndex(r => r.Key == row.Key) + 0.5;
            expected.AddRange(rows2019.Concat(rows2021).OrderBy(Position)
                .SelectMany(row => row.Columns.Select(column => new CellKey(kind.ToJsonKey(), row.Key, column.Key)))
                .Distinct());
        }

        Assert.Equal(expected, CellKey.AllTemplateCells);
        Assert.Equal(Enumerable.Range(0, expected.Count), expected.Select(CellKey.Order));
    }

    [Fact]
    public void A_cell_outside_the_template_sorts_last()
    {
        Assert.Equal(int.MaxValue, CellKey.Order(new CellKey("requests", "notARow", "total")));
    }
}
