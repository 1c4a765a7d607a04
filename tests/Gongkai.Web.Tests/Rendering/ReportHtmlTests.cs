using Gongkai.Application.Reports;
using Gongkai.Application.Reviewing;
using Gongkai.Store;
using Gongkai.Store.Reviews;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Tests.Rendering;

/// <summary>
/// 报告详情's table marks: a dismissed (驳回) finding no longer colours its cell as an error or warning (neutral, struck,
/// "已驳回" in its title); a confirmed one stays coloured. Reviews are given in memory: the shared store is not changed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReportHtmlTests(WebAppFixture app)
{
    private static readonly string[] Severities = ["finding-error", "finding-warning", "finding-info"];

    [Fact]
    public void Shows_a_cell_whose_findings_were_all_dismissed_neutral_with_the_dismissal_in_its_title()
    {
        var (view, findings) = Report();

        var dismissed = Body(view, findings, ReviewStatus.Dismissed);

        Assert.DoesNotContain(Severities, c => dismissed.Contains($"class=\"{c}\"", StringComparison.Ordinal));
        Assert.Contains($"class=\"{ReportHtml.DismissedClass}\"", dismissed, StringComparison.Ordinal);
        Assert.Contains("已驳回 " + findings.First(f => f.Finding.Cells.Length > 0).Finding.Code, dismissed, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_confirmed_finding_coloured_as_before()
    {
        var (view, findings) = Report();

        var plain = ReportHtml.Body(view).ToString()!;
        var confirmed = Body(view, findings, ReviewStatus.Confirmed);

        Assert.Equal(plain, confirmed);
        Assert.Contains(Severities, c => confirmed.Contains($"class=\"{c}\"", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportHtml.DismissedClass, confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_a_cell_by_a_finding_still_standing_when_another_on_it_was_dismissed()
    {
        var (view, findings) = Report();
        var cell = findings.First(f => f.Finding.Cells.Length > 0).Finding.Cells.Split(' ')[0];
        var standing = findings.First(f => f.Finding.Cells.Split(' ').Contains(cell));
        // Every finding dismissed but one that marks the cell: the cell is coloured by that one.
        var reviewed = findings.Select(f => f == standing ? f : With(f, ReviewStatus.Dismissed)).ToList();

        var html = ReportHtml.Body(view, reviewed: reviewed).ToString()!;

        Assert.Contains($"class=\"{SeverityNames.CssClass(standing.Finding.Severity)}\"", html, StringComparison.Ordinal);
    }

    private (ReportView View, IReadOnlyList<ReviewedFinding> Findings) Report()
    {
        using var store = app.OpenStore();
        var id = store.Reports(new ReportFilter { Scope = AccessScope.All }).Single(r => r.UnitCode == "QH-TC-ZJ").ReportId;
        var view = GetReport.Run(store, new GetReportOptions(AccessScope.All, id)).Report!;
        var findings = ReportFindings.Run(store, AccessScope.All, id).Items;
        Assert.Contains(findings, f => f.Finding.Cells.Length > 0);
        return (view, findings);
    }

    private static string Body(ReportView view, IReadOnlyList<ReviewedFinding> findings, ReviewStatus status) =>
        ReportHtml.Body(view, reviewed: [.. findings.Select(f => With(f, status))]).ToString()!;

    private static ReviewedFinding With(ReviewedFinding f, ReviewStatus status) => f with
    {
        Review = new FindingReview(f.Key, f.Finding.UnitCode, f.Finding.Agency, f.Finding.Year, f.Finding.Code, status, null, "测试", "admin", DateTimeOffset.UtcNow),
    };
}
