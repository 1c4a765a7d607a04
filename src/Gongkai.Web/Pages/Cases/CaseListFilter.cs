namespace Gongkai.Web.Pages.Cases;

/// <summary>The filters of 办理台账, as the address names them (<c>?filter=</c>).</summary>
internal static class CaseListFilter
{
    public const string All = "all";
    public const string Open = "open";
    public const string DueSoon = "due";
    public const string Overdue = "overdue";
    public const string Mine = "mine";

    /// <summary>The working days of the “due soon” filter and of the reminder box.</summary>
    public const int DueWithinWorkingDays = 5;

    /// <summary>Each filter's key and Chinese name, in the order the page lists them.</summary>
    public static IReadOnlyList<(string Key, string Name)> Choices { get; } =
    [
        (All, "全部"),
        (Open, "办理中"),
        (DueSoon, $"{DueWithinWorkingDays} 个工作日内到期"),
        (Overdue, "已逾期"),
        (Mine, "我经办的"),
    ];

    /// <summary>The filter named, or <see cref="All"/> for anything else.</summary>
    public static string Parse(string? value) => Choices.Any(c => c.Key == value) ? value! : All;
}
