using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>The format fits the year: reports on 2021 and later must use the 2021 format.</summary>
/// <remarks>
/// GK0201. 国办公开办函〔2021〕30号 (26 Sep 2021) replaced the 2019 format from the report on 2021 on. A report on 2019
/// or 2020 in the 2021 format is a warning: that format did not yet exist when the report was due.
/// </remarks>
public sealed class TemplateYearRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.TemplateYear;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.Year is not { } year || report.Template is not { } template)
        {
            yield break;
        }

        var required = TemplateVersionExtensions.RequiredFor(year);
        if (template == required)
        {
            yield break;
        }

        yield return template == TemplateVersion.V2019
            ? Diagnostic.Create(Code, Severity.Error,
                $"{year}年度报告应使用2021版格式（国办公开办函〔2021〕30号），但表格按2019版格式填报。")
            : Diagnostic.Create(Code, Severity.Warning,
                $"{year}年度报告应使用2019版格式，但表格按2021版格式填报。");
    }
}
