using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Letters;
using Gongkai.Application.Cases.Profiles;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;
using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai cases profile UNIT [--court …] [--template 文书=FILE] [--reset-template 文书]</c>: a unit's particulars for its
/// letters and its own templates; without changes it only shows them.
/// </summary>
internal static class CasesProfileVerb
{
    public static Command Create()
    {
        var unit = new Argument<string>("单位代码") { Description = "名录中的单位代码" };
        var agency = new Option<string?>("--agency-name") { Description = "文书中的机关名称（空字符串恢复为名录中的名称）", HelpName = "名称" };
        var body = new Option<string?>("--reconsideration-body") { Description = "复议机关", HelpName = "名称" };
        var court = new Option<string?>("--court") { Description = "管辖法院", HelpName = "名称" };
        var telephone = new Option<string?>("--telephone") { Description = "联系电话", HelpName = "电话" };
        var address = new Option<string?>("--address") { Description = "地址", HelpName = "地址" };
        var handler = new Option<string?>("--handler") { Description = "默认经办人", HelpName = "姓名" };
        var email = new Option<string?>("--reminder-email") { Description = "期限提醒的电子邮箱", HelpName = "邮箱" };
        var templates = new Option<string[]>("--template") { Description = "上传本单位的文书模板，格式 文书=文件（如 补正告知书=补正.docx），可给多个", HelpName = "文书=文件", AllowMultipleArgumentsPerToken = true };
        var resets = new Option<string[]>("--reset-template") { Description = "恢复该文书的默认模板，可给多个", HelpName = "文书", AllowMultipleArgumentsPerToken = true };
        var user = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("profile", "查看或设置单位的文书信息（机关名称、复议机关、管辖法院、联系电话等）和文书模板")
        {
            unit, agency, body, court, telephone, address, handler, email, templates, resets, user, db,
        };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var changes = new CaseProfileChanges
            {
                AgencyName = result.GetValue(agency),
                ReconsiderationBody = result.GetValue(body),
                Court = result.GetValue(court),
                Telephone = result.GetValue(telephone),
                Address = result.GetValue(address),
                Handler = result.GetValue(handler),
                ReminderEmail = result.GetValue(email),
            };
            var uploads = new List<LetterTemplateUpload>();
            foreach (var pair in result.GetValue(templates) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var kind = equals > 0 ? CaseLetterKinds.Parse(pair[..equals]) : null;
                if (kind is null)
                {
                    return CaseVerbs.BadChoice(error, "--template", $"“{pair}”无效，应为 文书=文件，文书可选：{string.Join("、", LetterKinds.All.Select(LetterKinds.Title))}。");
                }

                var path = pair[(equals + 1)..];
                try
                {
                    uploads.Add(new LetterTemplateUpload(kind.Value, Path.GetFileName(path), File.ReadAllBytes(path)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{path}：无法读取文书模板（{IoFailures.Describe(ex)}）。");
                    return ExitCodes.UnusableInput;
                }
            }

            var resetKinds = new List<LetterKind>();
            foreach (var text in result.GetValue(resets) ?? [])
            {
                if (CaseLetterKinds.Parse(text) is not { } kind)
                {
                    return CaseVerbs.BadChoice(error, "--reset-template", $"“{text}”无效，可选：{string.Join("、", LetterKinds.All.Select(LetterKinds.Title))}。");
                }

                resetKinds.Add(kind);
            }

            var unchanged = changes == new CaseProfileChanges() && uploads.Count == 0 && resetKinds.Count == 0;
            if (!unchanged && StoreOptions.RefuseReadOnly(store, error))
            {
                return ExitCodes.StoreUnavailable;
            }

            var profile = unchanged
                ? GetCaseProfile.Run(store, new GetCaseProfileOptions { Scope = AccessScope.All, UnitId = result.GetValue(unit)! })
                : EditCaseProfile.Run(store, new EditCaseProfileOptions
                {
                    Scope = AccessScope.All,
                    User = CaseVerbs.UserOf(result, user),
                    UnitId = result.GetValue(unit)!,
                    Changes = changes,
                    Templates = uploads,
                    ResetTemplates = resetKinds,
                });
            if (profile.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            if (!unchanged)
            {
                output.WriteLine("已保存。");
            }

            CaseTextFormatter.Profile(output, profile.Profile!);
            return ExitCodes.Ok;
        });
        return command;
    }
}
