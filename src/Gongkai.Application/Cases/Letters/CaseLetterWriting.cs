using Gongkai.Core.Cases;
using Gongkai.Reporting.Letters;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Letters;

/// <summary>Fills, renders and stores a letter on a case: the one path of <see cref="GenerateLetter"/>, registering and steps.</summary>
internal static class CaseLetterWriting
{
    public static (CaseLetter? Letter, UseCaseFailure? Failure) Write(
        ReportStore store, RequestCase c, LetterKind kind, IReadOnlyDictionary<string, string>? extra, string user, DateOnly signedOn, DateOnly today)
    {
        if (extra?.Keys.FirstOrDefault(name => !LetterFields.IsKnown(name)) is { } unknown)
        {
            return (null, new(FailureKind.BadUsage, $"文书字段“{unknown}”不在字段清单中（可用字段：{string.Join("、", LetterFields.All.Select(f => f.Name))}）。"));
        }

        var title = LetterKinds.Title(kind);
        var profile = store.CaseProfiles.Get(c.UnitId) ?? CaseProfile.Empty(c.UnitId);
        var own = store.CaseProfiles.TemplateContent(c.UnitId, CaseLetterKinds.StoredName(kind));
        var template = own ?? LetterTemplates.Default(kind);
        var clock = CaseClockSource.For(store, c.UnitId);
        var agency = store.Units().FirstOrDefault(u => u.Code == c.UnitId)?.Name ?? c.UnitId;
        var values = CaseLetterFields.For(c, agency, profile, clock, signedOn, today);
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        try
        {
            // The writer's convention: a value the case does not have leaves its placeholder visible, to be filled by hand.
            var warnings = new List<string>();
            foreach (var name in LetterWriter.Placeholders(template).Where(n => !values.ContainsKey(n)))
            {
                values[name] = "{{" + name + "}}";
                warnings.Add($"{title}中的“{name}”（{LetterFields.Description(name)}）没有值，已保留占位符，请在文书中手工填写。");
            }

            var docx = LetterWriter.Render(template, values);
            var html = LetterPrintView.Html(docx);
            var fileName = $"{title}-{c.Number.Replace('/', '-').Replace('\\', '-')}.docx";
            if (store.Cases.AddLetter(c.Id, CaseLetterKinds.StoredName(kind), fileName, docx, user) is not { } id)
            {
                return (null, CaseAccess.CaseNotFound(c.Id));
            }

            return (new CaseLetter(id, kind, fileName, docx, html, warnings), null);
        }
        catch (LetterTemplateException ex)
        {
            var whose = own is null ? "默认" : "本单位上传的";
            return (null, UseCaseFailure.Of(FailureKind.UnusableInput, $"{whose}{title}模板无法使用：{ex.Message}", ex));
        }
    }
}
