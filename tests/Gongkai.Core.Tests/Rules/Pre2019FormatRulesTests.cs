using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Tests.Rules;

public sealed class Pre2019FormatRulesTests
{
    [Fact]
    public void A_report_in_a_format_before_2019_is_not_reported_for_the_2019_and_2021_sections_and_tables()
    {
        var report = new AnnualReport { Agency = "青禾县水利局", Year = 2016, Pre2019Format = true, PublishedOn = new DateOnly(2017, 1, 16) };

        var codes = ReportValidator.Default.Validate(report).Select(d => d.Code).ToList();

        Assert.DoesNotContain(DiagnosticCodes.SectionMissing, codes);
        Assert.DoesNotContain(DiagnosticCodes.TableMissing, codes);
        Assert.DoesNotContain(DiagnosticCodes.RowsMissing, codes);
    }

    [Fact]
    public void The_same_report_in_the_later_formats_is()
    {
        var report = new AnnualReport { Agency = "青禾县水利局", Year = 2020, PublishedOn = new DateOnly(2021, 1, 16) };

        var codes = ReportValidator.Default.Validate(report).Select(d => d.Code).ToList();

        Assert.Contains(DiagnosticCodes.SectionMissing, codes);
        Assert.Contains(DiagnosticCodes.TableMissing, codes);
    }
}
