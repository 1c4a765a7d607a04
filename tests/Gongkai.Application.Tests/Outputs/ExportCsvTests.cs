using Gongkai.Application.Exporting;
using Gongkai.Application.Outputs;
using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Registry;
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
            new ExportCsv(store, filter).WriteLong(fast);
            var sheet = SheetBytes(new ExportSheets(store, filter).Facts());

            Assert.True(sheet.Count(b => b == '\n') > (name == "all" ? 1000 : 10));
            Assert.Equal(sheet, File.ReadAllBytes(fast));
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
                var sheet = SheetBytes(new ExportSheets(store, filter).Wide(Tables[i]));

                Assert.True(sheet.Count(b => b == '\n') > 2);
                Assert.Equal(sheet, File.ReadAllBytes(fast[i]));
            }
        }
    }

    [Fact]
    public void An_export_run_writes_the_long_file_and_the_wide_files_as_the_sheet_writer_does()
    {
        using var test = TestStore.Create("sqlite");
        using var store = Filled(test);
        var sheets = new ExportSheets(store, ReportFilter.All);

        var longRun = ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Long, Target = Path.Combine(_folder.Path, "long.csv") });
        var wideRun = ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Wide, Target = Path.Combine(_folder.Path, "wide") });

        Assert.Null(longRun.Failure);
        Assert.Null(wideRun.Failure);
        Assert.Equal(SheetBytes(sheets.Facts()), File.ReadAllBytes(longRun.Written.Single()));
        Assert.Equal(["报告.csv", "表二.csv", "表三.csv", "表四.csv"], wideRun.Written.Select(Path.GetFileName));
        Assert.Equal([SheetBytes(sheets.Reports()), .. Tables.Select(t => SheetBytes(sheets.Wide(t)))], wideRun.Written.Select(File.ReadAllBytes));
    }

    private byte[] SheetBytes(TabularSheet sheet)
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".csv");
        using (var writer = CsvTableWriter.CreateFile(path))
        {
            CsvTableWriter.Write(writer, sheet);
        }

        return File.ReadAllBytes(path);
    }

    // A random province, plus reports whose names need quoting or a formula guard, and values too large for ten-thousandths in 64 bits.
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
                new(cells[i], CellState.Number, 1_234_567_890_123_456.7891m), new(cells[i + 7], CellState.Number, -0.0001m),
                new(cells[i + 40], CellState.Number, 12.5m), new(cells[i + 41], CellState.Blank, null), new(cells[^1], CellState.Unreadable, null),
                new(cells[i + 90], CellState.Number, 9_000_000_000_000_001m), new(cells[i + 91], CellState.Number, 0m),
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
