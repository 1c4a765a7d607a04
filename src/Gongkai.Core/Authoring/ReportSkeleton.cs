using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Authoring;

/// <summary>An empty report for staff to fill in: the six sections without text and tables 二/三/四 of the chosen edition with every cell blank.</summary>
public static class ReportSkeleton
{
    /// <summary>The skeleton of <paramref name="agency"/>'s report on <paramref name="year"/> in <paramref name="template"/>'s format.</summary>
    public static AnnualReport Create(string agency, int year, TemplateVersion template, DateOnly? publishedOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        var format = ReportTemplates.For(template);
        return new AnnualReport
        {
            Agency = agency.Trim(),
            Year = year,
            Template = template,
            PublishedOn = publishedOn,
            Proactive = Blank(format.Proactive),
            Requests = Blank(format.Requests),
            Appeals = Blank(format.Appeals),
            Sections = [.. SectionKindExtensions.All.Select(kind => new ReportSection { Kind = kind, Heading = kind.ToHeading(), Text = "" })],
        };
    }

    private static ReportTable Blank(TableSpec spec) => new()
    {
        Kind = spec.Kind,
        Rows = [.. spec.Rows.Select(row => new TableRow { Key = row.Key, Cells = [.. row.Columns.Select(c => Cell.Blank(c.Key, c.Kind))] })],
    };
}
