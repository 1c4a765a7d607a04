using System.CommandLine;
using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Deadlines;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai cases register</c>: registers an application (条例 art. 29, 31) and prints its number and deadline.</summary>
internal static class CasesRegisterVerb
{
    public static Command Create()
    {
        var unit = new Option<string>("--unit") { Description = "办理单位的名录代码", HelpName = "代码", Required = true };
        var applicant = new Option<string>("--applicant") { Description = "申请人姓名或名称", HelpName = "名称", Required = true };
        var kind = new Option<string?>("--applicant-kind") { Description = $"申请人类型（{string.Join("、", ApplicantKinds.All.Select(ApplicantKinds.Label))}），默认自然人", HelpName = "类型" };
        var idDocument = new Option<string?>("--id-document") { Description = "身份证件名称及号码，或统一社会信用代码", HelpName = "证件" };
        var contact = new Option<string?>("--contact") { Description = "联系电话或电子邮箱", HelpName = "联系方式" };
        var address = new Option<string?>("--address") { Description = "通讯地址", HelpName = "地址" };
        var channel = new Option<string?>("--channel") { Description = $"提交方式（{string.Join("、", SubmissionChannels.All.Select(SubmissionChannels.Label))}），默认当面", HelpName = "方式" };
        var arrived = new Option<string>("--arrived") { Description = "申请到达之日（YYYY-MM-DD）", HelpName = "日期", Required = true };
        var confirmed = new Option<string?>("--confirmed") { Description = "与申请人确认之日（平常信函、网络平台、电子邮件、传真须填，条例第三十一条）", HelpName = "日期" };
        var content = new Option<string>("--content") { Description = "申请公开的政府信息的名称、文号或者其他特征性描述", HelpName = "内容", Required = true };
        var provision = new Option<string?>("--provision") { Description = "要求的提供形式和获取方式", HelpName = "方式" };
        var attachments = new Option<string[]>("--attachment") { Description = "附件文件名，可给多个", HelpName = "文件名", AllowMultipleArgumentsPerToken = true };
        var assignee = new Option<string?>("--assignee") { Description = "经办人", HelpName = "姓名" };
        var number = new Option<string?>("--number") { Description = "申请编号，默认为本单位本年的下一个编号（如 2026-0001）", HelpName = "编号" };
        var acknowledge = new Option<string?>("--acknowledge") { Description = "同时生成受理回执并保存到该文件（.docx）", HelpName = "文件" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出登记结果" };
        var user = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("register", "登记一件政府信息公开申请，计算收到申请之日和答复期限")
        {
            unit, applicant, kind, idDocument, contact, address, channel, arrived, confirmed, content, provision, attachments, assignee, number,
            acknowledge, json, user, db,
        };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            string? problem = null;
            var applicantKind = result.GetValue(kind) is { } kindText ? CaseInputs.ApplicantKind(kindText, out problem) : ApplicantKind.NaturalPerson;
            if (applicantKind is null)
            {
                return CaseVerbs.BadChoice(error, "--applicant-kind", problem);
            }

            var submission = result.GetValue(channel) is { } channelText ? CaseInputs.Channel(channelText, out problem) : SubmissionChannel.InPerson;
            if (submission is null)
            {
                return CaseVerbs.BadChoice(error, "--channel", problem);
            }

            if (!CaseVerbs.TryDate(result.GetValue(arrived), "--arrived", error, out var arrivedOn)
                || !CaseVerbs.TryDate(result.GetValue(confirmed), "--confirmed", error, out var confirmedOn))
            {
                return ExitCodes.BadUsage;
            }

            var registered = RegisterCase.Run(store, new RegisterCaseOptions
            {
                Scope = AccessScope.All,
                User = CaseVerbs.UserOf(result, user),
                UnitId = result.GetValue(unit)!,
                Applicant = new Applicant(applicantKind.Value, result.GetValue(applicant)!, result.GetValue(idDocument), result.GetValue(contact), result.GetValue(address)),
                Channel = submission.Value,
                Arrived = arrivedOn!.Value,
                Confirmed = confirmedOn,
                Content = result.GetValue(content)!,
                ProvisionForm = result.GetValue(provision),
                Attachments = result.GetValue(attachments) ?? [],
                Assignee = result.GetValue(assignee),
                Number = result.GetValue(number),
                Acknowledge = result.GetValue(acknowledge) is not null,
            });
            if (registered.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            var view = registered.Case!;
            if (registered.Letter is { } letter && !CaseVerbs.TryWrite(result.GetValue(acknowledge)!, letter.Docx, error))
            {
                return ExitCodes.UnusableInput;
            }

            if (result.GetValue(json))
            {
                WriteJson(output, view, registered.ReceiptRule!);
            }
            else
            {
                output.WriteLine($"已登记申请 {view.Case.Number}（编号 {view.Case.Id}）：收到申请之日 {DeadlineInput.Format(view.Case.Received)}，答复期限 {DeadlineInput.Format(view.Due)}。");
                output.WriteLine(registered.ReceiptRule);
                if (registered.Letter is { } receipt)
                {
                    CaseTextFormatter.Letter(output, receipt, result.GetValue(acknowledge)!);
                }
            }

            return ExitCodes.Ok;
        }, writes: true);
        return command;
    }

    private static void WriteJson(TextWriter output, CaseView view, string receiptRule)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", view.Case.Id);
            writer.WriteString("number", view.Case.Number);
            writer.WriteString("unit", view.Case.UnitId);
            writer.WriteString("received", DeadlineInput.Format(view.Case.Received));
            writer.WriteString("due", DeadlineInput.Format(view.Due));
            writer.WriteNumber("version", view.Version);
            writer.WriteString("receiptRule", receiptRule);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
