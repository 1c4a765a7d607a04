using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;

namespace Gongkai.Parsing.Xlsx.Tests;

public sealed class XlsxPipelineExtensionsTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseXlsx().Build();

    public static TheoryData<string> Workbooks() => ReaderFixtures.WithTruth(".xlsx");

    // A workbook filled in with text pasted from a PDF: its labels and headings in look-alike code points.
    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Parses_each_fixture_workbook_written_with_look_alike_code_points_to_its_truth(string name) =>
        LookAlikeFixtures.AssertParsesToTruth(Pipeline, LookAlikeFixtures.Xlsx(name), name, name, digitsDisguised: false);
}
