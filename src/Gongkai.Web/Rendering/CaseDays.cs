using System.Globalization;

namespace Gongkai.Web.Rendering;

/// <summary>How the working days left until a case's answer deadline are shown: the words and the urgency colour.</summary>
internal static class CaseDays
{
    /// <summary>At most this many working days left is shown in amber (the brief's "soon"); overdue is red.</summary>
    public const int SoonWorkingDays = 3;

    /// <summary>The CSS class of <paramref name="left"/> working days left (negative: overdue), none for a closed case.</summary>
    public static string CssClass(int? left) => left switch
    {
        null => "",
        < 0 => "days-overdue",
        <= SoonWorkingDays => "days-soon",
        _ => "days-ok",
    };

    /// <summary>The Chinese words: 剩余 5 个工作日, 今日到期, 已逾期 2 个工作日; a dash for a case without a running clock.</summary>
    public static string Text(int? left) => left switch
    {
        null => "—",
        < 0 => $"已逾期 {(-left.Value).ToString(CultureInfo.InvariantCulture)} 个工作日",
        0 => "今日到期",
        _ => $"剩余 {left.Value.ToString(CultureInfo.InvariantCulture)} 个工作日",
    };

    /// <summary>A date as the pages print it.</summary>
    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
