using System.Globalization;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// The checks every free-text field of a case gets before it reaches a use case, on the pages and the API: a length
/// limit and no control characters (a line break only where the field is multi-line). Markup is not refused: it is
/// stored as typed and Razor encodes it wherever it is shown, so a <c>&lt;script&gt;</c> is text, never run.
/// </summary>
internal static class CaseText
{
    /// <summary>Names, contacts, people.</summary>
    public const int ShortLimit = 100;

    /// <summary>Addresses, legal bases, the form of provision, reasons.</summary>
    public const int LineLimit = 500;

    /// <summary>The content requested, 补正事项 and other multi-line text.</summary>
    public const int LongLimit = 4000;

    /// <summary>The Chinese problem with <paramref name="value"/> in the field <paramref name="label"/>, or <see langword="null"/>.</summary>
    public static string? Problem(string label, string? value, int limit, bool required = false, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? $"请填写“{label}”。" : null;
        }

        if (value.Length > limit)
        {
            return $"“{label}”过长：{value.Length.ToString(CultureInfo.InvariantCulture)} 个字符，最多 {limit.ToString(CultureInfo.InvariantCulture)} 个。";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return $"“{label}”含有不可见的控制字符（字符编码 0x{((int)c).ToString("X4", CultureInfo.InvariantCulture)}），请删除后重试。";
            }
        }

        return null;
    }

    /// <summary>The value trimmed, or <see langword="null"/> when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
