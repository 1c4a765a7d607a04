using Gongkai.Core.Diagnostics;

namespace Gongkai.Web.Rendering;

/// <summary>A severity as the pages name and colour it.</summary>
internal static class SeverityNames
{
    public static string Chinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>The CSS class of a cell or line with a finding of <paramref name="severity"/> (wwwroot/css/site.css).</summary>
    public static string CssClass(Severity severity) => severity switch
    {
        Severity.Error => "finding-error",
        Severity.Warning => "finding-warning",
        _ => "finding-info",
    };
}
