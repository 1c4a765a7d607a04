using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Table 三's （六）其他处理 rows follow the same edition as table 二.</summary>
/// <remarks>GK0202. The 2021 format splits （六） into three rows; a single （六） row in a 2021 report mixes the editions.</remarks>
public sealed class TemplateMixedRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.TemplateMixed;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.Requests is not { } requests || report.Template is not { } template)
        {
            yield break;
        }

        var layout = TemplateCompleteness.RequestsLayout(requests, template);
        if (layout != template)
        {
            var row = layout == TemplateVersion.V2019 ? RequestsTemplate.OtherHandling : RequestsTemplate.OtherNoCorrection;
            yield return Diagnostic.Create(Code, Severity.Warning,
                $"表二按{template.ToDisplayName()}格式，但表三「（六）其他处理」按{layout.ToDisplayName()}格式填报，两版格式混用。",
                requests[row]?.Source ?? default, new CellRef(TableKind.Requests, row));
        }
    }
}
