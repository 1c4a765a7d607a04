using System.Net.Mail;
using Gongkai.Application.Cases.Profiles;
using Gongkai.Store.Cases;

namespace Gongkai.Web.Pages.Cases;

/// <summary>The particulars of 文书设置 as posted.</summary>
public sealed class ProfileForm
{
    public string? AgencyName { get; set; }

    public string? ReconsiderationBody { get; set; }

    public string? Court { get; set; }

    public string? Telephone { get; set; }

    public string? Address { get; set; }

    public string? Handler { get; set; }

    public string? ReminderEmail { get; set; }

    public static ProfileForm From(CaseProfile profile) => new()
    {
        AgencyName = profile.AgencyName,
        ReconsiderationBody = profile.ReconsiderationBody,
        Court = profile.Court,
        Telephone = profile.Telephone,
        Address = profile.Address,
        Handler = profile.Handler,
        ReminderEmail = profile.ReminderEmail,
    };

    /// <summary>Each field's problem, by property name, in Chinese.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        (string, string?)[] checks =
        [
            (nameof(AgencyName), CaseText.Problem("机关名称", AgencyName, CaseText.ShortLimit)),
            (nameof(ReconsiderationBody), CaseText.Problem("行政复议机关", ReconsiderationBody, CaseText.ShortLimit)),
            (nameof(Court), CaseText.Problem("管辖法院", Court, CaseText.ShortLimit)),
            (nameof(Telephone), CaseText.Problem("联系电话", Telephone, 50)),
            (nameof(Address), CaseText.Problem("办公地址", Address, CaseText.LineLimit)),
            (nameof(Handler), CaseText.Problem("默认经办人", Handler, CaseText.ShortLimit)),
            (nameof(ReminderEmail), CaseText.Problem("提醒邮箱", ReminderEmail, CaseText.ShortLimit) ?? EmailProblem(ReminderEmail)),
        ];
        return checks.Where(c => c.Item2 is not null).Select(c => (c.Item1, c.Item2!));
    }

    /// <summary>Every field as posted: a blank one clears the stored value.</summary>
    public CaseProfileChanges ToChanges() => new()
    {
        AgencyName = AgencyName ?? "",
        ReconsiderationBody = ReconsiderationBody ?? "",
        Court = Court ?? "",
        Telephone = Telephone ?? "",
        Address = Address ?? "",
        Handler = Handler ?? "",
        ReminderEmail = ReminderEmail ?? "",
    };

    private static string? EmailProblem(string? value) =>
        string.IsNullOrWhiteSpace(value) || MailAddress.TryCreate(value.Trim(), out _) ? null : $"“{value.Trim()}”不是有效的电子邮箱地址。";
}
