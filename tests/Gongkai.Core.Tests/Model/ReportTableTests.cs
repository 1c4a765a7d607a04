using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Model;

namespace Gongkai.Core.Tests.Model;

/// <summary>The row and cell look-ups by key, written as index loops (issue #16), against the plain first match.</summary>
public sealed class ReportTableTests
{
    private static readonly string[] Keys = ["a", "b", "c", "d", "e"];

    [Fact]
    public void Looking_up_a_row_or_a_cell_finds_the_first_with_that_key_as_a_plain_search_does()
    {
        var rowGen = from key in Gen.Elements(Keys)
                     from columns in Gen.Elements(Keys).ListOf()
                     select new TableRow { Key = key, Cells = [.. columns.Select((c, i) => Cell.Number(c, CellKind.Count, i))] };
        var tableGen = from rows in rowGen.ListOf()
                       from asArray in Gen.Elements(true, false)
                       select new ReportTable { Kind = TableKind.Appeals, Rows = asArray ? [.. rows] : rows.ToList() };

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(tableGen.ToArbitrary(), table =>
        {
            foreach (var key in Keys)
            {
                var expected = table.Rows.FirstOrDefault(r => r.Key == key);
                Assert.Same(expected, table[key]);
                foreach (var column in Keys)
                {
                    Assert.Same(expected?.Cells.FirstOrDefault(c => c.Column == column), table[key]?[column]);
                    Assert.Equal(expected?.Cells.FirstOrDefault(c => c.Column == column)?.Value, table.ValueAt(key, column));
                }
            }
        }));
    }
}
