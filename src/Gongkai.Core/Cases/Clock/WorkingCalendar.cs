using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Cases.Clock;

/// <summary>
/// Which dates are working days (docs/cases.md §6): Monday to Friday, except the calendar's <c>holiday</c> dates,
/// plus its <c>workday</c> dates (调休上班) falling on a Saturday or Sunday. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A year the calendar does not cover is counted Monday to Friday, and <see cref="MissingYearWarnings"/> says so.
/// The year an entry covers is the year its notice is for (the first “NNNN年” in <see cref="CalendarEntry.Source"/>:
/// the notice for 2019 also sets 2018-12-29 to 12-31), else its date's year.
/// </remarks>
public sealed partial class WorkingCalendar
{
    private const string ResourceName = "Gongkai.Core.Cases.Clock.holidays-cn.csv";

    private static readonly Lazy<WorkingCalendar> Embedded = new(LoadOfficial);

    private readonly Dictionary<DateOnly, CalendarEntry> _entries;

    private WorkingCalendar(Dictionary<DateOnly, CalendarEntry> entries, IReadOnlyList<int> coveredYears)
    {
        _entries = entries;
        CoveredYears = coveredYears;
    }

    /// <summary>
    /// The official calendar shipped with the product: the State Council General Office's yearly notices
    /// (国务院办公厅关于…部分节假日安排的通知) for 2019–2026, with the 2019 劳动节 change and the 2020 春节 extension.
    /// </summary>
    public static WorkingCalendar Official => Embedded.Value;

    /// <summary>The years whose holiday notice the calendar holds, in order.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>The entries, by date.</summary>
    public IEnumerable<CalendarEntry> Entries => _entries.Values.OrderBy(e => e.Date);

    /// <summary>Reads a calendar from CSV with the header <c>date,kind,name,source</c>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The file's name, for the messages.</param>
    /// <exception cref="CalendarFormatException">A bad header, date or kind, an empty name or source, or a date given twice (Chinese message naming the file and line).</exception>
    public static WorkingCalendar FromCsv(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        return Create(CalendarCsv.Read(reader, fileName));
    }

    /// <summary>
    /// This calendar with <paramref name="entries"/> added: a year an admin adds, or a region's extra holidays and
    /// overrides. An entry for a date already present replaces it, so later entries win (also among those given).
    /// </summary>
    public WorkingCalendar With(IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Create(_entries.Values.Concat(entries));
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly date) => _entries.TryGetValue(date, out var entry)
        ? entry.Kind == CalendarDayKind.Workday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// Why <paramref name="date"/> is not a working day, in Chinese: <c>星期六</c>, <c>星期日</c>, or the holiday's name
    /// with its notice in brackets; <see langword="null"/> for a working day.
    /// </summary>
    public string? WhyNotWorking(DateOnly date)
    {
        if (IsWorkingDay(date))
        {
            return null;
        }

        return _entries.TryGetValue(date, out var entry)
            ? $"{entry.Name}（{entry.Source}）"
            : date.DayOfWeek == DayOfWeek.Saturday ? ClockLabels.Saturday : ClockLabels.Sunday;
    }

    /// <summary>
    /// One Chinese warning per year from <paramref name="from"/>'s to <paramref name="to"/>'s that the calendar does not
    /// cover (<c>2027 年没有节假日数据，按周一至周五计算</c>); empty when every year is covered.
    /// </summary>
    public IReadOnlyList<string> MissingYearWarnings(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        return [.. Enumerable.Range(first, last - first + 1).Where(y => !CoveredYears.Contains(y)).Select(ClockLabels.NoHolidayData)];
    }

    private static WorkingCalendar Create(IEnumerable<CalendarEntry> entries)
    {
        var byDate = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var entry in entries)
        {
            byDate[entry.Date] = entry; // later entries win
        }

        IReadOnlyList<int> years = [.. byDate.Values.Select(CoveredYear).Distinct().Order()];
        return new WorkingCalendar(byDate, years);
    }

    private static int CoveredYear(CalendarEntry entry)
    {
        var named = NoticeYear().Match(entry.Source);
        return named.Success ? int.Parse(named.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : entry.Date.Year;
    }

    private static WorkingCalendar LoadOfficial()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded calendar {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return FromCsv(reader, "holidays-cn.csv");
    }

    [GeneratedRegex(@"((?:19|20)\d\d)年")]
    private static partial Regex NoticeYear();
}
