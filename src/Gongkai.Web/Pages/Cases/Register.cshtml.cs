using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Registers;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Store.Registry;
using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 台账导入导出: the register (登记台账) as Excel through the CLI's use cases — the template to fill, a unit's register
/// imported (all rows or none, or only the good rows; a check without saving) with each row's problem in Chinese, and
/// the register exported in the template's layout. Reading follows the scope (a 区域管理员 may export its region's
/// units); importing is for the unit's 填报单位 and the 系统管理员, as registering is.
/// </summary>
public sealed class RegisterModel(ReportStore store, AuditTrail audit, WebSettings settings) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Import only the rows without problems (otherwise any problem stops the whole import).</summary>
    [BindProperty]
    public bool PartialImport { get; set; }

    /// <summary>Check the file and say what would change, saving nothing.</summary>
    [BindProperty]
    public bool DryRun { get; set; }

    /// <summary>Column mapping for an agency's own sheet, one <c>我方列名=模板列名</c> a line.</summary>
    [BindProperty]
    public string? Mapping { get; set; }

    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    public ImportCaseRegisterResult? Imported { get; private set; }

    public bool CanImport => CaseAccess.MayWrite(UserScope.Of(User));

    /// <summary>A 填报单位 imports its own unit's register: no unit to choose.</summary>
    public bool IsUnitUser => UserScope.Role(User) == AccountRole.Unit;

    /// <summary>The largest file accepted: the web application's bound on an upload, within the register's own.</summary>
    public long MaxBytes => Math.Min(settings.MaxFileBytes, RegisterLimits.MaxFileBytes);

    public void OnGet() => Load();

    public IActionResult OnGetTemplate() => File(CaseRegisterTemplate.Build(), XlsxType, CaseRegisterTemplate.FileName);

    public IActionResult OnGetExport()
    {
        var exported = ExportCaseRegister.Run(store, new ExportCaseRegisterOptions { Scope = UserScope.Of(User), UnitId = CaseText.Clean(Unit), Year = Year });
        if (exported.Failure is { } failure)
        {
            return failure.Kind switch
            {
                FailureKind.NotFound => NotFound(),
                FailureKind.Forbidden => Forbid(),
                _ => BadRequest(failure.Message),
            };
        }

        var name = $"依申请公开登记台账-{CaseText.Clean(Unit) ?? "全部"}{(Year is { } y ? $"-{y}" : "")}.xlsx";
        return File(exported.Content, XlsxType, name);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        var unit = UnitOfImport();
        if (file is null || file.Length == 0)
        {
            Imported = Refused("请选择登记台账文件（.xlsx 或 .csv）。");
        }
        else if (file.Length > MaxBytes)
        {
            Imported = Refused($"{Path.GetFileName(file.FileName)}：文件超过 {MaxBytes / 1024 / 1024} MB，未导入。");
        }
        else if (unit is null)
        {
            Imported = Refused("请选择台账所属的单位。");
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var name = Path.GetFileName(file.FileName);
            Imported = ImportCaseRegister.Run(store, new ImportCaseRegisterOptions
            {
                Scope = UserScope.Of(User),
                User = User.Identity!.Name!,
                UnitId = unit,
                Content = buffer.ToArray(),
                FileName = name,
                Mapping = [.. (Mapping ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)],
                Partial = PartialImport,
                DryRun = DryRun,
            });
            if (Imported.Failure is null && !Imported.DryRun)
            {
                audit.Write(AuditActions.CaseRegisterImported, $"unit:{unit}", $"{name}：新增 {Imported.Added}，更新 {Imported.Updated}，未变 {Imported.Unchanged}，有错误 {Imported.ErrorRows}");
            }
        }

        if (Imported.Failure is { } failure)
        {
            Response.StatusCode = failure.Kind switch
            {
                FailureKind.NotFound => StatusCodes.Status404NotFound,
                FailureKind.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            };
        }

        Load();
        return Page();
    }

    // A 填报单位's register is its own unit's; the others name the unit.
    private string? UnitOfImport() =>
        IsUnitUser ? UserScope.Of(User).Value : CaseText.Clean(Unit);

    private static ImportCaseRegisterResult Refused(string message) => new() { Failure = new(FailureKind.UnusableInput, message) };

    private void Load() => Units = ListUnits.Run(store, new UnitsOptions { Scope = UserScope.Of(User) }).Units;
}
