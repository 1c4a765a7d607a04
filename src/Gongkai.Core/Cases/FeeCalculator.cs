namespace Gongkai.Core.Cases;

/// <summary>
/// The information processing fee of 国办函〔2020〕109号《政府信息公开信息处理费管理办法》 (条例 art. 42), in 元: both
/// standards are progressive (cases.md §4).
/// </summary>
public static class FeeCalculator
{
    /// <summary>Items per applicant per calendar month that are free (按件).</summary>
    public const int FreeItems = 10;

    /// <summary>Pages per application that are free (按量).</summary>
    public const int FreePages = 30;

    /// <summary>
    /// 按件: the fee for <paramref name="items"/> items of one application by an applicant who already had
    /// <paramref name="itemsBeforeThisMonth"/> counted this calendar month. Items 1–10 free, 11–30 100 元 each, and from
    /// item 31 each band of 10 items costs 100 元 more per item (31–40 200 元, 41–50 300 元, …).
    /// </summary>
    public static decimal PerItem(int itemsBeforeThisMonth, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemsBeforeThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        decimal total = 0;
        for (var n = itemsBeforeThisMonth + 1; n <= itemsBeforeThisMonth + items; n++)
        {
            total += ItemPrice(n);
        }

        return total;
    }

    /// <summary>
    /// 按量: the fee for <paramref name="pages"/> pages (paper copies, e-mail, copied electronic data). Pages 1–30 free,
    /// 31–100 10 元, 101–200 20 元, from 201 40 元 a page (150 pages = 70×10 + 50×20 = 1,700 元).
    /// </summary>
    public static decimal PerVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return (Band(pages, FreePages, 100) * 10m) + (Band(pages, 100, 200) * 20m) + (Math.Max(0, pages - 200) * 40m);
    }

    /// <summary>
    /// The items <paramref name="applicant"/> (same name and kind) already had counted in the calendar month of
    /// <paramref name="received"/>, by the cases received earlier that month: a case's items are those of its 按件 fee
    /// notice, else one (assumption: one application is one item unless split 一事一申请 in a fee notice).
    /// </summary>
    public static int ItemsBefore(IEnumerable<RequestCase> cases, Applicant applicant, DateOnly received)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(applicant);
        return cases
            .Where(c => c.Applicant.Kind == applicant.Kind
                && string.Equals(c.Applicant.Name.Trim(), applicant.Name.Trim(), StringComparison.Ordinal)
                && c.Received.Year == received.Year && c.Received.Month == received.Month
                && c.Received < received)
            .Sum(Items);
    }

    private static int Items(RequestCase c) =>
        c.Steps.OfType<FeeNoticed>().FirstOrDefault(f => f.Mode == FeeMode.PerItem)?.Quantity ?? 1;

    private static decimal ItemPrice(int n) => n switch
    {
        <= FreeItems => 0m,
        <= 30 => 100m,
        _ => 100m * (((n - 31) / 10) + 2),
    };

    // Pages of `pages` that fall in (from, to].
    private static int Band(int pages, int from, int to) => Math.Max(0, Math.Min(pages, to) - from);
}
