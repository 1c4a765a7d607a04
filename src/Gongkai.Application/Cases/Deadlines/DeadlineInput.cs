using System.Globalization;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases.Deadlines;

/// <summary>The dates and pauses of a deadline as a person types them (<c>2024-09-27</c>, <c>2024-10-08..2024-10-21=征求第三方意见</c>).</summary>
public static class DeadlineInput
{
    /// <summary>The reason a pause given without one carries.</summary>
    public const string DefaultPauseReason = "不计算在答复期限内的时间";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a <c>YYYY-MM-DD</c> date; on failure <paramref name="problem"/> says why in Chinese.</summary>
    public static bool TryParseDate(string text, out DateOnly date, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        problem = $"日期“{text}”无效（应为 YYYY-MM-DD 格式的真实日期）。";
        return false;
    }

    /// <summary>
    /// Reads a pause <c>FROM..TO</c> or <c>FROM..TO=理由</c> (both dates included); on failure <paramref name="problem"/>
    /// says why in Chinese. A pause that ends before it starts is refused here too.
    /// </summary>
    public static bool TryParsePause(string text, out DateSpan? pause, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        pause = null;
        var (range, reason) = text.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0
            ? (text[..equals], text[(equals + 1)..].Trim())
            : (text, DefaultPauseReason);
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            problem = $"暂停期间“{text}”无效（应为 开始日期..结束日期，可加 =理由，例如 2024-10-08..2024-10-21=征求第三方意见）。";
            return false;
        }

        if (!TryParseDate(range[..dots], out var from, out problem) || !TryParseDate(range[(dots + 2)..], out var to, out problem))
        {
            problem = $"暂停期间“{text}”中的{problem}";
            return false;
        }

        if (to < from)
        {
            problem = $"暂停期间“{text}”的结束日期早于开始日期。";
            return false;
        }

        pause = new DateSpan(from, to, reason.Length == 0 ? DefaultPauseReason : reason);
        return true;
    }
}
