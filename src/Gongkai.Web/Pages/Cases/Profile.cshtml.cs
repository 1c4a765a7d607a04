using Gongkai.Application;
using Gongkai.Application.Cases.Letters;
using Gongkai.Application.Cases.Profiles;
using Gongkai.Application.Units;
using Gongkai.Reporting.Letters;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Store.Cases;
using Gongkai.Store.Registry;
using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 文书设置: a unit's particulars for its letters (机关名称, 复议机关, 管辖法院, telephone, address, handler, reminder
/// e-mail) and its own letter templates (DOCX, checked before they are stored; the defaults downloadable to start
/// from). A 填报单位 edits its own unit, a 系统管理员 any (<c>?unit=</c>); a 区域管理员 none (403), another unit 404.
/// </summary>
public sealed class ProfileModel(ReportStore store, AuditTrail audit, WebSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    public CaseProfileView Profile { get; private set; } = null!;

    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Why an upload or a reset was refused, shown as an alert.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>The largest template accepted: the application's bound on one uploaded file (the letter writer has its own too).</summary>
    public long MaxTemplateBytes => settings.MaxFileBytes;

    /// <summary><see cref="MaxTemplateBytes"/> in MB, as the page and its messages say it.</summary>
    public string MaxTemplateMegabytes => (MaxTemplateBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IActionResult OnGet()
    {
        if (Load() is { } refused)
        {
            return refused;
        }

        Form = ProfileForm.From(Profile.Profile);
        return Page();
    }

    public IActionResult OnPostSave()
    {
        if (Load() is { } refused)
        {
            return refused;
        }

        foreach (var (field, message) in Form.Problems())
        {
            ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = EditCaseProfile.Run(store, new EditCaseProfileOptions { Scope = UserScope.Of(User), User = User.Identity!.Name!, UnitId = Profile.Profile.UnitId, Changes = Form.ToChanges() });
        if (result.Failure is { } failure)
        {
            ModelState.AddModelError(string.Empty, failure.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        audit.Write(AuditActions.CaseProfileChanged, $"unit:{Profile.Profile.UnitId}", "文书设置");
        Message = "文书设置已保存。";
        return Redirect(Address());
    }

    public async Task<IActionResult> OnPostTemplateAsync(LetterKind kind, IFormFile? file, CancellationToken cancellation)
    {
        if (Load() is { } refused)
        {
            return refused;
        }

        if (file is null || file.Length == 0)
        {
            Problem = "请选择要上传的 .docx 模板文件。";
            return Redirect(Address());
        }

        if (file.Length > MaxTemplateBytes)
        {
            Problem = $"模板文件“{Path.GetFileName(file.FileName)}”过大：最大 {MaxTemplateMegabytes} MB。";
            return Redirect(Address());
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellation);
        var result = EditCaseProfile.Run(store, new EditCaseProfileOptions
        {
            Scope = UserScope.Of(User),
            User = User.Identity!.Name!,
            UnitId = Profile.Profile.UnitId,
            Templates = [new LetterTemplateUpload(kind, Path.GetFileName(file.FileName), buffer.ToArray())],
        });
        if (result.Failure is { } failure)
        {
            Problem = failure.Message;
            return Redirect(Address());
        }

        audit.Write(AuditActions.CaseProfileChanged, $"unit:{Profile.Profile.UnitId}", $"上传{LetterKinds.Title(kind)}模板");
        Message = $"已采用上传的{LetterKinds.Title(kind)}模板。";
        return Redirect(Address());
    }

    public IActionResult OnPostReset(LetterKind kind)
    {
        if (Load() is { } refused)
        {
            return refused;
        }

        var result = EditCaseProfile.Run(store, new EditCaseProfileOptions { Scope = UserScope.Of(User), User = User.Identity!.Name!, UnitId = Profile.Profile.UnitId, ResetTemplates = [kind] });
        if (result.Failure is { } failure)
        {
            Problem = failure.Message;
        }
        else
        {
            Message = $"{LetterKinds.Title(kind)}已恢复为默认模板。";
        }

        return Redirect(Address());
    }

    /// <summary>The template the unit's letters of <paramref name="kind"/> use now: its own, else the default.</summary>
    public IActionResult OnGetCurrent(LetterKind kind)
    {
        if (Load() is { } refused)
        {
            return refused;
        }

        var result = GetLetterTemplate.Run(store, new GetLetterTemplateOptions { Scope = UserScope.Of(User), UnitId = Profile.Profile.UnitId, Kind = kind });
        return result.Docx is { } docx
            ? File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.FileName)
            : NotFound();
    }

    /// <summary>The default template of <paramref name="kind"/>, to edit in Word or WPS.</summary>
    public IActionResult OnGetDefault(LetterKind kind) =>
        Enum.IsDefined(kind)
            ? File(LetterTemplates.Default(kind), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{LetterKinds.Title(kind)}（默认模板）.docx")
            : NotFound();

    /// <summary>Whether <paramref name="kind"/> has the unit's own template.</summary>
    public StoredLetterTemplate? Own(LetterKind kind) => Profile.Templates.FirstOrDefault(t => t.Kind == CaseLetterKinds.StoredName(kind));

    private string Address() => Unit is { Length: > 0 } unit ? $"/cases/profile?unit={Uri.EscapeDataString(unit)}" : "/cases/profile";

    private IActionResult? Load()
    {
        var role = UserScope.Role(User);
        if (role is not (AccountRole.Unit or AccountRole.Administrator))
        {
            return Forbid();
        }

        var scope = UserScope.Of(User);
        Units = ListUnits.Run(store, new UnitsOptions { Scope = scope }).Units;
        var unit = role == AccountRole.Unit ? scope.Value : CaseText.Clean(Unit) ?? Units.FirstOrDefault()?.Code;
        var result = GetCaseProfile.Run(store, new GetCaseProfileOptions { Scope = scope, User = User.Identity!.Name!, UnitId = unit ?? "" });
        if (result.Profile is not { } profile)
        {
            return result.Failure?.Kind == FailureKind.Forbidden ? Forbid() : NotFound();
        }

        Profile = profile;
        Unit = role == AccountRole.Administrator ? profile.Profile.UnitId : null;
        return null;
    }
}
