using Gongkai.Application.Cases.Letters;
using Gongkai.Reporting.Letters;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>
/// Edits a unit's case profile (the letters' 机关名称, 复议机关, 管辖法院, contacts, default handler, reminder address)
/// and its own letter templates: an upload is checked with <see cref="LetterWriter.Validate"/> and refused with its
/// Chinese problems; a reset drops it so the default applies again. Nothing is written when anything is refused.
/// </summary>
public static class EditCaseProfile
{
    /// <summary>Applies <paramref name="options"/>; failures are in the result.</summary>
    public static CaseProfileResult Run(ReportStore store, EditCaseProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () => Edit(store, options), failure => new CaseProfileResult { Failure = failure });
    }

    private static CaseProfileResult Edit(ReportStore store, EditCaseProfileOptions options)
    {
        if (CaseAccess.Unit(store, options.UnitId, options.Scope) is not { } unit)
        {
            return new CaseProfileResult { Failure = CaseAccess.UnitNotFound(options.UnitId) };
        }

        if (!CaseAccess.MayWrite(options.Scope))
        {
            return new CaseProfileResult { Failure = CaseAccess.Forbidden() };
        }

        var problems = new List<string>();
        var changes = options.Changes;
        if (changes.ReminderEmail is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"提醒邮箱“{email}”不是有效的电子邮件地址。");
        }

        foreach (var upload in options.Templates)
        {
            foreach (var problem in LetterWriter.Validate(upload.Content))
            {
                problems.Add($"{upload.FileName}（{LetterKinds.Title(upload.Kind)}）：{problem}");
            }
        }

        if (problems.Count > 0)
        {
            return new CaseProfileResult { Failure = new(FailureKind.UnusableInput, string.Join(Environment.NewLine, problems)) };
        }

        var old = store.CaseProfiles.Get(unit.Code) ?? CaseProfile.Empty(unit.Code);
        var profile = new CaseProfile(
            unit.Code,
            Change(old.AgencyName, changes.AgencyName),
            Change(old.ReconsiderationBody, changes.ReconsiderationBody),
            Change(old.Court, changes.Court),
            Change(old.Telephone, changes.Telephone),
            Change(old.Address, changes.Address),
            Change(old.Handler, changes.Handler),
            Change(old.ReminderEmail, changes.ReminderEmail));
        store.CaseProfiles.Save(profile, options.User);
        foreach (var kind in options.ResetTemplates)
        {
            store.CaseProfiles.ResetTemplate(unit.Code, CaseLetterKinds.StoredName(kind));
        }

        foreach (var upload in options.Templates)
        {
            store.CaseProfiles.SaveTemplate(unit.Code, CaseLetterKinds.StoredName(upload.Kind), Path.GetFileName(upload.FileName), upload.Content, options.User);
        }

        return new CaseProfileResult { Profile = GetCaseProfile.View(store, unit.Code, unit.Name, options.Scope) };
    }

    private static string? Change(string? old, string? given) => given is null ? old : given.Trim() is { Length: > 0 } value ? value : null;
}
