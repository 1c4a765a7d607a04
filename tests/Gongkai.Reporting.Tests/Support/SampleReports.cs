using Gongkai.Core.Model;
using Gongkai.Synthetic;

namespace Gongkai.Reporting.Tests.Support;

/// <summary>Generated reports (fictional 江南省) of each edition, with all three tables, for the layout tests.</summary>
internal static class SampleReports
{
    private static readonly Dictionary<TemplateVersion, AnnualReport> Cache = [];

    /// <summary>The first report of the edition that prints tables 二, 三 and 四.</summary>
    public static AnnualReport Of(TemplateVersion template)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(template, out var report))
            {
                var firstYear = template == TemplateVersion.V2019 ? 2019 : 2021;
                report = SyntheticProvince.Create(seed: 5, units: 40, firstYear: firstYear, years: 1, flawRate: 0).Reports()
                    .Select(r => r.Report)
                    .First(r => r.Template == template && r.Proactive is not null && r.Requests is not null && r.Appeals is not null);
                Cache[template] = report;
            }

            return report;
        }
    }

    /// <summary>The printed document of <see cref="Of"/>.</summary>
    public static ReportDocument Document(TemplateVersion template) => ReportDocument.From(Of(template));
}
