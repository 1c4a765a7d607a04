using Gongkai.Application.Cases.Letters;
using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>The template a unit's letters of one kind are made from (its own upload, else the default), to edit in Word or WPS.</summary>
public static class GetLetterTemplate
{
    /// <summary>The template of <see cref="GetLetterTemplateOptions.Kind"/> for <see cref="GetLetterTemplateOptions.UnitId"/>.</summary>
    public static GetLetterTemplateResult Run(ReportStore store, GetLetterTemplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () =>
        {
            if (CaseAccess.Unit(store, options.UnitId, options.Scope) is not { } unit)
            {
                return new GetLetterTemplateResult { Failure = CaseAccess.UnitNotFound(options.UnitId) };
            }

            var name = CaseLetterKinds.StoredName(options.Kind);
            if (store.CaseProfiles.TemplateContent(unit.Code, name) is { } own)
            {
                var stored = store.CaseProfiles.Templates(unit.Code).First(t => t.Kind == name);
                return new GetLetterTemplateResult { Docx = own, FileName = stored.FileName, IsOwn = true };
            }

            return new GetLetterTemplateResult { Docx = LetterTemplates.Default(options.Kind), FileName = $"{LetterKinds.Title(options.Kind)}-模板.docx" };
        }, failure => new GetLetterTemplateResult { Failure = failure });
    }
}
