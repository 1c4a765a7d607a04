using Gongkai.Application.Exporting;
using Gongkai.Application.Outputs;
using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;
using Gongkai.Store.Tests;
using Gongkai.Store.Tests.Queries;

namespace Gongkai.Application.Tests.Outputs;

/// <summary>
/// The long and wide CSV files written from the packed cells (<see cref="ExportCsv"/>) are byte for byte what the
/// sheet writer (<see cref="CsvTableWriter"/> over <see cref="ExportSheets"/>, and over the store's facts for the long
/// rows: <see cref="LongSheet"/>) writes for the same store; the caller's stream gets the file's bytes.
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
            var sheet = SheetBytes(LongSheet(store, filter));

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
        Assert.Equal(SheetBytes(LongSheet(store, ReportFilter.All)), File.ReadAllBytes(longRun.Written.Single()));
        Assert.Equal(["报告.csv", "表二.csv", "表三.csv", "表四.csv"], wideRun.Written.Select(Path.GetFileName));
        Assert.Equal([SheetBytes(sheets.Reports()), .. Tables.Select(t => SheetBytes(sheets.Wide(t)))], wideRun.Written.Select(File.ReadAllBytes));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_long_rows_for_the_caller_are_the_file_bytes_without_the_byte_order_mark_for_a_random_store(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Filled(test);

        foreach (var options in ExportsOf(ExportFormat.Long))
        {
            var file = ExportReports.Run(store, options with { Target = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".csv") });
            var caller = CallerBytes(store, options);

            var bytes = File.ReadAllBytes(file.Written.Single());
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.True(caller.Count(b => b == '\n') > 10);
            Assert.Equal(bytes[3..], caller);
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_json_lines_for_the_caller_are_the_file_bytes_for_a_random_store(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Filled(test);

        foreach (var options in ExportsOf(ExportFormat.Jsonl))
        {
            var file = ExportReports.Run(store, options with { Target = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".jsonl") });
            var caller = CallerBytes(store, options);

            Assert.True(caller.Count(b => b == '\n') > 2);
            Assert.Equal(File.ReadAllBytes(file.Written.Single()), caller);
        }
    }

    // What the caller's stream gets for options sending the rows to it.
    private static byte[] CallerBytes(ReportStore store, ExportOptions options)
    {
        using var stream = new MemoryStream();
        var exported = ExportReports.Run(store, options, stream);
        Assert.Null(exported.Failure);
        return stream.ToArray();
    }

    // The exports of Filters(), as options sending the rows to the caller.
    private static IEnumerable<ExportOptions> ExportsOf(ExportFormat format) =>
    [
        new() { Format = format, Target = ExportOptions.ToCaller },
        new() { Format = format, Target = ExportOptions.ToCaller, FromYear = 2021 },
        new() { Format = format, Target = ExportOptions.ToCaller, Region = "江北省/西岭市" },
    ];

    // The long rows as the object-per-field sheet writer took them, from the store's facts: the reference the
    // packed-cell writer is held to.
    private static TabularSheet LongSheet(ReportStore store, ReportFilter filter) => new("单元格", ExportSheets.FactColumns,
        new StoreExports(store).Facts(filter).Select(f => (IReadOnlyList<object?>)[
            f.UnitCode, f.Unit, f.Region, f.Level, f.Year, f.Version, f.Template, f.Cell.Table, f.Cell.Row, f.Cell.Column, ExportSheets.StateName(f.State), f.Value]));

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
