using Gongkai.Application.Exporting;
using Gongkai.Application.Outputs;
using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Tests;
using Gongkai.Store.Tests.Queries;

namespace Gongkai.Application.Tests.Outputs;

/// <summary>
/// The long and wide CSV files written from the packed cells (<see cref="ExportCsv"/>) are byte for byte what the
/// sheet writer (<see cref="CsvTableWriter"/> over <see cref="ExportSheets"/>) writes for the same store.
/// </summary>
public sealed class ExportCsvTests : IDisposable
{
    private static readonly TableKind[] Tables = [TableKind.Proactive, TableKind.Requests, TableKind.Appeals];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_long_file_has_the_bytes_the_sheet_writer_writes_for_a_random_store(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Filled(test);

        foreach (var (name, filter) in Filters())
        {
            var fast = Path.Combine(_folder.Path, $"fast-{name}.csv");
            var sheet = Path.Combine(_folder.Path, $"sheet-{name}.csv");
            new ExportCsv(store, filter).WriteLong(fast);
            using (var writer = CsvTableWriter.CreateFile(sheet))
            {
                CsvTableWriter.Write(writer, new ExportSheets(store, filter).Facts());
            }

            Assert.True(File.ReadAllLines(sheet).Length > (name == "all" ? 1000 : 10));
            Assert.Equal(File.ReadAllBytes(sheet), File.ReadAllBytes(fast));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_wide_files_have_the_bytes_the_sheet_writer_writes_for_a_random_store(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Filled(test);

        foreach (var (name, filter) in Filters())
        {
            var fast = Tables.Select(t => Path.Combine(_folder.Path, $"fast-{name}-{t}.csv")).ToList();
            new ExportCsv(store, filter).WriteWide(Tables, fast);
            for (var i = 0; i < Tables.Length; i++)
            {
                var sheet = Path.Combine(_folder.Path, $"sheet-{name}-{Tables[i]}.csv");
                using (var writer = CsvTableWriter.CreateFile(sheet))
                {
                    CsvTableWriter.Write(writer, new ExportSheets(store, filter).Wide(Tables[i]));
                }

                Assert.True(File.ReadAllLines(sheet).Length > 2);
                Assert.Equal(File.ReadAllBytes(sheet), File.ReadAllBytes(fast[i]));
            }
        }
    }

    [Fact]
    public void An_export_run_writes_the_long_file_of_the_packed_cells()
    {
        using var test = TestStore.Create("sqlite");
        using var store = Filled(test);
        var target = Path.Combine(_folder.Path, "long.csv");

        var exported = ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Long, Target = target });

        Assert.Null(exported.Failure);
        Assert.Equal(store.Counts().Facts + 1, File.ReadAllLines(target).Length);
    }

    // A random province, plus reports whose names need quoting or a formula guard and values beyond 64 bits.
    private static ReportStore Filled(TestStore test)
    {
        var store = test.Open();
        RandomStore.Fill(store, seed: 16);
        var cells = CellKey.AllTemplateCells;
        var odd = new[] { "=HYPERLINK(\"x\")", "南湖区\"水务\",局", "－减负办", "多行\r\n单位" };
        for (var i = 0; i < odd.Length; i++)
        {
            FactRow[] facts =
            [
                new(cells[i], CellState.Number, 123_456_789_012_345_678.25m), new(cells[i + 7], CellState.Number, -0.0001m),
                new(cells[i + 40], CellState.Number, 12.5m), new(cells[i + 41], CellState.Blank, null), new(cells[^1], CellState.Unreadable, null),
                new(cells[i + 90], CellState.Number, long.MaxValue), new(cells[i + 91], CellState.Number, 0m),
            ];
            RandomStore.Save(store, odd[i], 2021, facts, new DateOnly(2022, 1, 10 + i), UnitMatch.None);
        }

        return store;
    }

    private static IEnumerable<(string Name, ReportFilter Filter)> Filters() =>
    [
        ("all", ReportFilter.All),
        ("2021", new ReportFilter { Scope = AccessScope.All, FromYear = 2021, ToYear = 2021 }),
        ("city", new ReportFilter { Scope = AccessScope.All, Region = "江北省/西岭市" }),
    ];
}
