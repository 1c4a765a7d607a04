using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Registry;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Units;

/// <summary>单位名录: the registry's units (by region), and importing a registry CSV through the CLI's import use case.</summary>
public sealed class IndexModel(ReportStore store, AuditTrail audit) : PageModel
{
    /// <summary>The largest registry file accepted (a province's registry is a few hundred KB).</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    public RegistryImportResult? Imported { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            Imported = new RegistryImportResult { Failure = new(Application.FailureKind.UnusableInput, "请选择单位名录 CSV 文件。") };
        }
        else if (file.Length > MaxBytes)
        {
            Imported = new RegistryImportResult { Failure = new(Application.FailureKind.UnusableInput, $"{file.FileName}：文件超过 {MaxBytes / 1024 / 1024} MB，未导入。") };
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var name = Path.GetFileName(file.FileName);
            Imported = ImportRegistry.Run(store, new RegistryImportOptions { File = name, Content = buffer.ToArray() });
            if (Imported.Failure is null)
            {
                audit.Write(AuditActions.RegistryImported, $"registry:{name}", $"新增 {Imported.Added} 个、更新 {Imported.Updated} 个单位，关联报告 {Imported.Linked} 份");
            }
        }

        if (Imported.Failure is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Load();
        return Page();
    }

    private void Load() => Units = ListUnits.Run(store, new UnitsOptions { Region = Region, Scope = UserScope.Of(User) }).Units;
}
