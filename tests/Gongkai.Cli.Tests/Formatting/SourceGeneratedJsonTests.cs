using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.Comparing;
using Gongkai.Application.RollingUp;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests.Formatting;

/// <summary>
/// `rollup --format json` and `compare --format json` write through source-generated metadata (so that Native AOT can
/// write them); their bytes must be what the reflection-based serialisation of the former anonymous objects wrote.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SourceGeneratedJsonTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-json-cli-").FullName;

    private string Db => Path.Combine(_temp, "store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public void Rollup_and_compare_json_are_the_bytes_the_reflection_serialiser_wrote()
    {
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["import", RepositoryRoot.Samples, "--registry", Path.Combine(RepositoryRoot.Samples, "registry.csv"), "--db", Db], new StringWriter(), new StringWriter()));

        using var store = ReportStore.Open(StoreLocation.Sqlite(Db));
        foreach (var region in new string?[] { null, "青禾市" })
        {
            var args = region is null ? new[] { "rollup", "--year", "2019", "--to-year", "2025" } : ["rollup", "--region", region, "--year", "2021"];
            var rolledUp = RollUpRegion.Run(store, new RollUpOptions { Scope = AccessScope.All, Region = region, Year = region is null ? 2019 : 2021, ToYear = region is null ? 2025 : null });
            var expected = JsonSerializer.Serialize(rolledUp.Totals.Select(t => (object)new
            {
                t.Region,
                t.Year,
                t.Reports,
                t.SummaryReports,
                t.Indicators,
                Cells = t.Cells.Select(c => new { c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Sum, c.Reporting, c.Blank }),
            }), StoreJson.Indented) + Environment.NewLine;
            Assert.Contains("\"sum\"", expected, StringComparison.Ordinal);
            Assert.Equal(expected, Output([.. args, "--format", "json", "--db", Db]));
        }

        var compared = CompareReports.Run(store, new CompareOptions { Scope = AccessScope.All, Agency = "QH-ZR", Year = 2021 });
        Assert.Null(compared.Failure);
        var comparison = compared.Comparison!;
        var expectedComparison = JsonSerializer.Serialize(new
        {
            comparison.LeftLabel,
            comparison.RightLabel,
            Left = comparison.Left?.UnitName ?? comparison.Left?.Agency,
            Right = comparison.Right?.UnitName ?? comparison.Right?.Agency,
            comparison.LeftIndicators,
            comparison.RightIndicators,
            Cells = comparison.Cells.Select(c => new { c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Left, c.Right, c.Change }),
        }, StoreJson.Indented) + Environment.NewLine;
        Assert.Equal(expectedComparison, Output(["compare", "--agency", "QH-ZR", "--year", "2021", "--format", "json", "--db", Db]));
    }

    private static string Output(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(args, output, error));
        return output.ToString();
    }
}
