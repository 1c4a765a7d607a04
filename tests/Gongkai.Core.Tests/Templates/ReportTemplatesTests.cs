using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Templates;

public sealed class ReportTemplatesTests
{
    [Fact]
    public void The_2019_format_has_eight_items_in_table_two_and_one_other_row_in_table_three()
    {
        Assert.Equal(8, ReportTemplates.V2019.Proactive.Rows.Count);
        Assert.NotNull(ReportTemplates.V2019.Requests.Row("other"));
        Assert.Null(ReportTemplates.V2019.Requests.Row("other.noCorrection"));
        Assert.Equal(23, ReportTemplates.V2019.Requests.Rows.Count);
    }

    [Fact]
    public void The_2021_format_drops_other_services_and_procurement_and_splits_other_handling()
    {
        var proactive = ReportTemplates.V2021.Proactive.Rows.Select(r => r.Key).ToList();

        Assert.DoesNotContain("otherServices", proactive);
        Assert.DoesNotContain("procurement", proactive);
        Assert.Equal(25, ReportTemplates.V2021.Requests.Rows.Count);
        Assert.Equal(["other.noCorrection", "other.unpaidFee", "other.other"], ReportTemplates.V2021.Requests.Rows.Select(r => r.Key).Where(k => k.StartsWith("other", StringComparison.Ordinal)));
    }

    [Fact]
    public void Money_columns_are_decimal_money_and_changes_are_signed()
    {
        Assert.Equal(CellKind.Money, ReportTemplates.V2019.Proactive.Row("procurement")!.Columns[1].Kind);
        Assert.Equal(CellKind.Money, ReportTemplates.V2021.Proactive.Row("fees")!.Columns[0].Kind);
        Assert.Equal(CellKind.Change, ReportTemplates.V2019.Proactive.Row("licensing")!.Columns[1].Kind);
    }

    [Theory]
    [InlineData(2019, TemplateVersion.V2019)]
    [InlineData(2020, TemplateVersion.V2019)]
    [InlineData(2021, TemplateVersion.V2021)]
    [InlineData(2024, TemplateVersion.V2021)]
    public void The_year_decides_which_format_is_required(int year, TemplateVersion expected)
    {
        Assert.Equal(expected, TemplateVersionExtensions.RequiredFor(year));
    }

    [Fact]
    public void Column_labels_follow_the_row_that_prints_them()
    {
        Assert.Equal("采购总金额", TemplateLabels.ColumnLabel(TableKind.Proactive, "amount", "procurement"));
        Assert.Equal("本年收费金额（单位：万元）", TemplateLabels.ColumnLabel(TableKind.Proactive, "amount", "fees"));
    }
}
