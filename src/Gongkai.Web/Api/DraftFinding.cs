using Gongkai.Core.Diagnostics;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Api;

/// <summary>One finding on a draft: the rule's code, the severity (Chinese, and the class the page colours the cells with), the message and the cells' paths.</summary>
internal sealed record DraftFinding(string Code, string Severity, string CssClass, string Message, IReadOnlyList<string> Cells)
{
    public static DraftFinding From(Diagnostic d) =>
        new(d.Code, SeverityNames.Chinese(d.Severity), SeverityNames.CssClass(d.Severity), d.Message, [.. d.Cells.Select(c => c.Path)]);
}
