using System.ComponentModel.DataAnnotations;
using Gongkai.Application.Cases;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Web.Pages.Cases;

/// <summary>The fields of 登记申请 as posted (the API's registration body has the same names).</summary>
public sealed class CaseForm
{
    /// <summary>At most this many attachments, one name per line.</summary>
    public const int MaxAttachments = 50;

    [Display(Name = "办理单位")]
    public string? UnitId { get; set; }

    [Display(Name = "申请编号")]
    public string? Number { get; set; }

    [Display(Name = "申请人类型")]
    public ApplicantKind? ApplicantKind { get; set; }

    [Display(Name = "申请人姓名或名称")]
    public string? ApplicantName { get; set; }

    [Display(Name = "证件名称及号码")]
    public string? IdDocument { get; set; }

    [Display(Name = "联系方式")]
    public string? Contact { get; set; }

    [Display(Name = "通讯地址")]
    public string? Address { get; set; }

    [Display(Name = "申请方式")]
    public SubmissionChannel? Channel { get; set; }

    [Display(Name = "申请到达日期")]
    public DateOnly? Arrived { get; set; }

    [Display(Name = "与申请人确认之日")]
    public DateOnly? Confirmed { get; set; }

    [Display(Name = "申请内容")]
    public string? Content { get; set; }

    [Display(Name = "提供形式")]
    public string? ProvisionForm { get; set; }

    [Display(Name = "附件（每行一个文件名）")]
    public string? Attachments { get; set; }

    [Display(Name = "经办人")]
    public string? Assignee { get; set; }

    [Display(Name = "生成受理回执")]
    public bool GenerateReceipt { get; set; }

    /// <summary>Each field's problem, by property name, in Chinese.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        (string, string?)[] checks =
        [
            (nameof(UnitId), CaseText.Problem("办理单位", UnitId, CaseText.ShortLimit, required: true)),
            (nameof(Number), CaseText.Problem("申请编号", Number, 40)),
            (nameof(ApplicantName), CaseText.Problem("申请人姓名或名称", ApplicantName, CaseText.ShortLimit, required: true)),
            (nameof(IdDocument), CaseText.Problem("证件名称及号码", IdDocument, CaseText.ShortLimit)),
            (nameof(Contact), CaseText.Problem("联系方式", Contact, CaseText.ShortLimit)),
            (nameof(Address), CaseText.Problem("通讯地址", Address, CaseText.LineLimit)),
            (nameof(Content), CaseText.Problem("申请内容", Content, CaseText.LongLimit, required: true, multiline: true)),
            (nameof(ProvisionForm), CaseText.Problem("提供形式", ProvisionForm, CaseText.LineLimit)),
            (nameof(Attachments), CaseText.Problem("附件", Attachments, CaseText.LongLimit, multiline: true)),
            (nameof(Assignee), CaseText.Problem("经办人", Assignee, CaseText.ShortLimit)),
        ];
        foreach (var (field, message) in checks)
        {
            if (message is not null)
            {
                yield return (field, message);
            }
        }

        if (ApplicantKind is not { } kind || !Enum.IsDefined(kind))
        {
            yield return (nameof(ApplicantKind), "请选择申请人类型。");
        }

        if (Channel is not { } channel || !Enum.IsDefined(channel))
        {
            yield return (nameof(Channel), "请选择申请方式。");
        }

        if (Arrived is null)
        {
            yield return (nameof(Arrived), "请填写申请到达日期。");
        }

        if (AttachmentNames().Count > MaxAttachments)
        {
            yield return (nameof(Attachments), $"附件最多 {MaxAttachments} 个。");
        }
    }

    /// <summary>The attachments' names, one a line, blanks dropped.</summary>
    public IReadOnlyList<string> AttachmentNames() =>
        [.. (Attachments ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The registration, for a form whose <see cref="Problems"/> are none.</summary>
    public RegisterCaseOptions ToOptions(AccessScope scope, string user) => new()
    {
        Scope = scope,
        User = user,
        UnitId = UnitId!.Trim(),
        Number = CaseText.Clean(Number),
        Applicant = new Applicant(ApplicantKind!.Value, ApplicantName!.Trim(), CaseText.Clean(IdDocument), CaseText.Clean(Contact), CaseText.Clean(Address)),
        Channel = Channel!.Value,
        Arrived = Arrived!.Value,
        Confirmed = Confirmed,
        Content = Content!.Trim(),
        ProvisionForm = CaseText.Clean(ProvisionForm),
        Attachments = AttachmentNames(),
        Assignee = CaseText.Clean(Assignee),
        Acknowledge = GenerateReceipt,
    };
}
