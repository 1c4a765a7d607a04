using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;
using Gongkai.Reporting.Markdown;
using Gongkai.Synthetic;

namespace Gongkai.Reporting.Tests.Markdown;

/// <summary>Reports written as Markdown parse back to the same canonical JSON (both editions, every unit level).</summary>
public sealed class MarkdownRoundTripTests
{
    [Fact]
    public void Generated_reports_written_as_Markdown_parse_back_to_the_same_json()
    {
        var province = SyntheticProvince.Create(seed: 11, units: 60, firstYear: 2019, years: 4);
        var failures = new List<string>();
        var count = 0;
        foreach (var generated in province.Reports())
        {
            var markdown = MarkdownReportWriter.Write(ReportDocument.From(generated.Report));
            var parsed = ReportParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(markdown), $"{generated.Unit.Code}-{generated.Year}.md");
            var expected = ReportJsonWriter.Write(generated.Report, null, ReportJsonOptions.CanonicalOnly);
            var actual = parsed.Report is { } report ? ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly) : parsed.Failure;
            if (actual != expected)
            {
                failures.Add($"{generated.Unit.Code} {generated.Year}");
            }

            count++;
        }

        Assert.True(count > 200, $"only {count} reports");
        Assert.Empty(failures);
    }

    [Fact]
    public void Merged_cells_are_repeated_and_pipes_escaped()
    {
        var table = new Gongkai.Reporting.Layout.LaidOutTable("表", 3, [
            [new("甲", ColumnSpan: 2), new("乙|丙", RowSpan: 2)],
            [new("1", IsLabel: false), new("2", IsLabel: false)],
        ]);
        var markdown = new System.Text.StringBuilder();

        MarkdownReportWriter.WriteTable(markdown, table);

        Assert.Equal("| 甲 | 甲 | 乙｜丙 |\n| --- | --- | --- |\n| 1 | 2 | 乙｜丙 |\n\n", markdown.ToString());
    }
}
