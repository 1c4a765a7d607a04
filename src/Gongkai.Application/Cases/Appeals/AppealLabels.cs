using Gongkai.Core.Cases;
using Gongkai.Core.Templates;

namespace Gongkai.Application.Cases.Appeals;

/// <summary>The Chinese names of appeal kinds and results: table 四's own labels (<see cref="AppealsTemplate"/>).</summary>
public static class AppealLabels
{
    /// <summary>The group label of <paramref name="kind"/>, e.g. <c>行政复议</c>, <c>行政诉讼·复议后起诉</c>.</summary>
    public static string Kind(AppealKind kind)
    {
        var row = kind switch
        {
            AppealKind.Reconsideration => AppealsTemplate.Reconsideration,
            AppealKind.LitigationDirect => AppealsTemplate.LitigationDirect,
            AppealKind.LitigationAfterReconsideration => AppealsTemplate.LitigationAfterReconsideration,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return AppealsTemplate.Table.Rows.First(r => r.Id == row).Label;
    }

    /// <summary>The cell label of <paramref name="result"/>, e.g. <c>结果维持</c>, <c>尚未审结</c>.</summary>
    public static string Result(AppealResult result)
    {
        var column = result switch
        {
            AppealResult.Upheld => AppealsTemplate.Upheld,
            AppealResult.Corrected => AppealsTemplate.Corrected,
            AppealResult.Other => AppealsTemplate.Other,
            AppealResult.Pending => AppealsTemplate.Pending,
            _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
        };
        return AppealsTemplate.Columns.First(c => c.Id == column).Label;
    }

    /// <summary>The short name a person types for <paramref name="kind"/>: 复议, 直接起诉, 复议后起诉.</summary>
    public static string ShortName(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "复议",
        AppealKind.LitigationDirect => "直接起诉",
        AppealKind.LitigationAfterReconsideration => "复议后起诉",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The kind whose label or short name is <paramref name="text"/>, else the one whose key phrase it contains (未经复议,
    /// 复议后, …, in the template's matching order), or <see langword="null"/>.
    /// </summary>
    public static AppealKind? ParseKind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim();
        var kinds = Enum.GetValues<AppealKind>();
        var exact = kinds.Where(k => Kind(k) == wanted || ShortName(k) == wanted).Select(k => (AppealKind?)k).FirstOrDefault();
        return exact ?? AppealsTemplate.GroupVariants
            .Where(v => wanted.Contains(v.Phrase, StringComparison.Ordinal))
            .Select(v => kinds.First(k => Kind(k) == AppealsTemplate.Table.Rows.First(r => r.Id == v.Group).Label))
            .Select(k => (AppealKind?)k).FirstOrDefault();
    }

    /// <summary>The result whose label is or ends <paramref name="text"/> (维持, 纠正, 其他, 尚未审结), or <see langword="null"/>.</summary>
    public static AppealResult? ParseResult(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim();
        return wanted.Length == 0 ? null : Enum.GetValues<AppealResult>()
            .Where(r => Result(r) == wanted || Result(r).Contains(wanted, StringComparison.Ordinal))
            .Select(r => (AppealResult?)r).FirstOrDefault();
    }
}
