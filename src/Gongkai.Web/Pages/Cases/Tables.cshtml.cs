using System.Text;
using Gongkai.Application;
using Gongkai.Application.Cases.Tables;
using Gongkai.Application.Units;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Reporting;
using Gongkai.Reporting.Html;
using Gongkai.Store;
using Gongkai.Store.Registry;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 表三、表四（按办理台账）: a unit's tables 三 and 四 of a year counted from its cases, compared with its stored report of
/// the year, each differing cell marked and listed with the cases behind the count. A 填报单位 sees its own unit, a
/// 区域管理员 the units of its region, a 系统管理员 all; a unit outside the scope is 404.
/// </summary>
[Authorize]
public sealed class TablesModel(ReportStore store) : PageModel
{
    public CaseTablesComparison? Comparison { get; private set; }

    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    public string UnitCode { get; private set; } = "";

    public int Year { get; private set; }

    public IActionResult OnGet(string? unit, int? year)
    {
        var scope = UserScope.Of(User);
        Units = ListUnits.Run(store, new UnitsOptions { Scope = scope }).Units;
        UnitCode = unit ?? (Units.Count == 1 ? Units[0].Code : "");
        Year = year ?? DateTime.Today.Year - 1;
        if (UnitCode.Length == 0)
        {
            return Page(); // a region's or the administrator's choice of unit first
        }

        Comparison = CompareCaseTables.Run(store, new CaseTablesOptions { Scope = scope, UnitCode = UnitCode, Year = Year });
        return Comparison.Failure is { Kind: FailureKind.NotFound } ? NotFound() : Page();
    }

    /// <summary>Tables 三 and 四 in the official layout (as 报告详情 shows a report's), each differing cell marked with its finding.</summary>
    public IHtmlContent TablesHtml()
    {
        var tables = Comparison!.Tables;
        var report = new AnnualReport { Year = tables.Year, Template = tables.Edition, Requests = tables.Requests, Appeals = tables.Appeals };
        var findings = Comparison.Findings.ToDictionary(f => new CellRef(f.Table, f.Row.Value, f.Column.Value), f => f.Message);
        var options = new HtmlTableOptions
        {
            InlineStyles = false, // the Content-Security-Policy forbids inline styles
            Mark = cell => findings.TryGetValue(cell, out var message) ? new HtmlCellMark("finding-error", message) : null,
        };
        var html = new StringBuilder();
        foreach (var part in ReportDocument.From(report).Parts.Where(p => p.Table is not null))
        {
            html.Append("<section>\n<h3>").Append(System.Net.WebUtility.HtmlEncode(part.Heading)).Append("</h3>\n<div class=\"table-scroll\">\n");
            HtmlReportWriter.WriteTable(html, part.Table!, options);
            html.Append("</div>\n</section>\n");
        }

        return new HtmlString(html.ToString());
    }
}
