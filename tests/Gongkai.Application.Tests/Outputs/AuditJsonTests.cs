using System.Text.Json;
using Gongkai.Application.Auditing;
using Gongkai.Application.Importing;
using Gongkai.Application.Tests.Support;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Outputs;

/// <summary>
/// The audit's JSON file is written through source-generated metadata (so that Native AOT can write it); its bytes must
/// be what the reflection-based serialisation of the former anonymous object wrote.
/// </summary>
public sealed class AuditJsonTests(ProvinceFixture province) : IClassFixture<ProvinceFixture>
{
    [Fact]
    public void The_audit_json_file_is_the_bytes_the_reflection_serialiser_wrote()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        store.ImportRegistry(RegistryCsv.Read(province.Registry).Units);
        new ReportImporter(store, TestPipelines.Full).Import(province.Files);
        using var output = new TempFolder();
        var year = province.Province.Flaws[0].Year;

        var audit = AuditRegion.Run(store, new AuditOptions { Scope = AccessScope.All, Year = year, OutDirectory = output.Path });

        Assert.NotEmpty(audit.Findings);
        Assert.NotEmpty(audit.Missing);
        var expected = JsonSerializer.Serialize(new
        {
            audit.Region,
            audit.Year,
            Reports = audit.Reports.Count,
            Registered = audit.Registered.Count,
            Missing = audit.Missing.Select(u => new { u.Code, u.Name }),
            CountsByRule = audit.CountsByRule.Select(c => new { c.Code, Severity = c.Severity.ToString().ToLowerInvariant(), c.Count, c.Units }),
            Findings = audit.Findings.Select(f => new { f.UnitCode, f.Agency, f.Year, f.Code, Severity = f.Severity.ToString().ToLowerInvariant(), f.Cells, f.Message, Source = f.Source.ToString() }),
        }, StoreJson.Indented);
        Assert.Equal(expected, File.ReadAllText(audit.Written.Single(f => f.EndsWith(".json", StringComparison.Ordinal))));
    }
}
