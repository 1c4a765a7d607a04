namespace Gongkai.Core.Diagnostics;

/// <summary>Names of <see cref="Severity"/>.</summary>
public static class SeverityExtensions
{
    /// <summary>The JSON value: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string ToJsonValue(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The Chinese name: 错误, 警告 or 提示.</summary>
    public static string ToDisplayName(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>Parses a JSON severity value.</summary>
    public static bool TryParse(string? value, out Severity severity)
    {
        severity = value switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };
        return value is "error" or "warning" or "info";
    }
}
