using System.ComponentModel.DataAnnotations;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Registry;
using Gongkai.Web.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Units;

/// <summary>One unit of the registry: its name, level, region and parent, changed through the EditUnit use case.</summary>
public sealed class EditModel(ReportStore store, AuditTrail audit) : PageModel
{
    public RegisteredUnit Unit { get; private set; } = null!;

    public string? Message { get; private set; }

    [BindProperty]
    [Display(Name = "名称")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "层级")]
    public string Level { get; set; } = "";

    [BindProperty]
    [Display(Name = "所属区域")]
    public string Region { get; set; } = "";

    [BindProperty]
    [Display(Name = "上级单位代码")]
    public string? ParentCode { get; set; }

    public IActionResult OnGet(string code)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        (Name, Level, Region, ParentCode) = (Unit.Name, Unit.Level, Unit.Region, Unit.ParentCode);
        Message = TempData["message"] as string;
        return Page();
    }

    public IActionResult OnPost(string code)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        var result = EditUnit.Run(store, new EditUnitOptions { Code = code, Name = Name ?? "", Level = Level ?? "", Region = Region ?? "", ParentCode = ParentCode });
        if (result.Failure is { } failure)
        {
            ModelState.AddModelError(string.Empty, failure.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        audit.Write(AuditActions.UnitChanged, $"unit:{code}", $"{Unit.Name}（{Unit.Level}，{Unit.Region}）→ {Name}（{Level}，{Region}）");
        TempData["message"] = result.Linked > 0 ? $"已保存，新关联报告 {result.Linked} 份。" : "已保存。";
        return RedirectToPage(new { code });
    }

    private bool Load(string code)
    {
        if (store.Units().FirstOrDefault(u => u.Code == code) is not { } unit)
        {
            return false;
        }

        Unit = unit;
        return true;
    }
}
