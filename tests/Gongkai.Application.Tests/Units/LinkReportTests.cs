using Gongkai.Application.Units;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Units;

public sealed class LinkReportTests : IDisposable
{
    private readonly SampleStore _samples = new(registry: false);

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Links_a_report_no_unit_matched_to_the_unit_given()
    {
        var registry = _samples.Write("registry.csv", "code,name,level,region,parent,aliases\nX1,某某局,部门,青禾省/青禾市,,\n");
        Assert.Null(ImportRegistry.Run(_samples.Store, new RegistryImportOptions { File = registry }).Failure);
        _samples.Import([Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt")]);
        var unlinked = Assert.Single(ListUnlinkedReports.Run(_samples.Store).Reports);

        var linked = LinkReport.Run(_samples.Store, new LinkOptions { ReportId = unlinked.ReportId, UnitCode = "X1" });

        Assert.Null(linked.Failure);
        Assert.Empty(ListUnlinkedReports.Run(_samples.Store).Reports);
    }

    [Fact]
    public void Refuses_a_report_or_unit_that_does_not_exist()
    {
        var linked = LinkReport.Run(_samples.Store, new LinkOptions { ReportId = 999, UnitCode = "NOPE" });

        Assert.Equal(new UseCaseFailure(FailureKind.BadUsage, "报告 #999 或单位“NOPE”不存在。"), linked.Failure);
    }
}
