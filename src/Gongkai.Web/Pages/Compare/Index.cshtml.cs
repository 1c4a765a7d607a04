using Gongkai.Application.Comparing;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Registry;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Compare;

/// <summary>
/// 对比: one unit's year against the year before, or two units in one year, cell by cell (CompareReports with the
/// user's scope: a report outside it is not found, whatever code is typed).
/// </summary>
[Authorize]
public sealed class IndexModel(ReportStore store) : PageModel
{
    /// <summary>The unit (registry code or name).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    /// <summary>The other unit, or empty for the year before.</summary>
    [BindProperty(SupportsGet = true)]
    public string? With { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Only the cells whose value changed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    /// <summary>The units the user may pick (the registry within the user's scope).</summary>
    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    /// <summary>The comparison, or <see langword="null"/> before one is asked for.</summary>
    public CompareResult? Result { get; private set; }

    /// <summary>The year the form offers: the one asked for, or the latest with a report the user can see.</summary>
    public int ShownYear { get; private set; }

    public void OnGet()
    {
        var scope = UserScope.Of(User);
        ShownYear = ScopeDefaults.Year(store, scope, Year);
        Units = ListUnits.Run(store, new UnitsOptions { Scope = scope }).Units;
        if (string.IsNullOrWhiteSpace(Unit) && Units.Count == 1)
        {
            Unit = Units[0].Code;
        }

        if (!string.IsNullOrWhiteSpace(Unit) && Year is { } year)
        {
            Result = CompareReports.Run(store, new CompareOptions
            {
                Scope = scope,
                Agency = Unit.Trim(),
                With = string.IsNullOrWhiteSpace(With) ? null : With.Trim(),
                Year = year,
            });
        }
    }
}
