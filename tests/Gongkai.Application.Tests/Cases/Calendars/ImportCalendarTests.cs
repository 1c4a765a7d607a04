using System.Text;
using Gongkai.Application.Cases.Calendars;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Tests.Cases.Calendars;

public sealed class ImportCalendarTests : IDisposable
{
    // A fictional notice for a year the embedded calendar does not carry, and a fictional regional holiday.
    private const string Year2027 =
        "date,kind,name,source\n2027-01-01,holiday,元旦,国办发明电〔2026〕99号（虚构）\n2027-02-06,workday,春节调休上班,国办发明电〔2026〕99号（虚构）\n";

    private const string Region2026 = "date,kind,name,source\n2026-03-03,holiday,青川县民族节,青川县人民政府通知（虚构）\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-calendar-").FullName;
    private readonly ReportStore _store;

    public ImportCalendarTests() => _store = ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_later_years_notice_makes_its_days_count_for_every_unit()
    {
        var imported = Import(Year2027, "", AccessScope.All);

        Assert.Null(imported.Failure);
        Assert.Equal([(2027, 2)], imported.Years);
        var calendar = EffectiveCalendar.For(_store, "青禾省/青禾市/青川县");
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 6)));
    }

    [Fact]
    public void A_regions_holiday_counts_for_units_in_it_and_below_and_nowhere_else()
    {
        Assert.Null(Import(Region2026, "青禾省/青禾市/青川县", AccessScope.Region("青禾省/青禾市")).Failure);

        var day = new DateOnly(2026, 3, 3); // a Tuesday
        Assert.False(EffectiveCalendar.For(_store, "青禾省/青禾市/青川县").IsWorkingDay(day));
        Assert.False(EffectiveCalendar.For(_store, "青禾省/青禾市/青川县/某某镇").IsWorkingDay(day));
        Assert.True(EffectiveCalendar.For(_store, "青禾省/青禾市/白石区").IsWorkingDay(day));
        Assert.True(EffectiveCalendar.For(_store, "").IsWorkingDay(day));
    }

    [Fact]
    public void Importing_a_year_again_replaces_it_rather_than_adding_to_it()
    {
        Import(Year2027, "", AccessScope.All);
        Import("date,kind,name,source\n2027-01-01,holiday,元旦,更正（虚构）\n", "", AccessScope.All);

        var listed = ListCalendar.Run(_store, new CalendarListOptions { Year = 2027 });
        var entry = Assert.Single(listed.Imported);
        Assert.Equal("更正（虚构）", entry.Source);
        Assert.DoesNotContain(listed.Effective, e => e.Date == new DateOnly(2027, 2, 6));
    }

    [Fact]
    public void Only_an_administrator_may_change_the_national_calendar_and_a_region_administrator_only_its_own_region()
    {
        Assert.Equal(FailureKind.Forbidden, Import(Year2027, "", AccessScope.Region("青禾省")).Failure?.Kind);
        Assert.Equal(FailureKind.Forbidden, Import(Region2026, "白水省", AccessScope.Region("青禾省")).Failure?.Kind);
        Assert.Equal(FailureKind.Forbidden, Import(Region2026, "青禾省/青禾市", AccessScope.Unit("QH001")).Failure?.Kind);
        Assert.Equal(FailureKind.Forbidden, Import(Region2026, "青禾省/青禾市", AccessScope.Public).Failure?.Kind);
        Assert.Empty(_store.Cases.Calendar(""));
        Assert.Empty(_store.Cases.Calendar("白水省"));
    }

    [Theory]
    [InlineData("", "文件为空")]
    [InlineData("date,kind,name,source\n", "没有任何日期")]
    [InlineData("日期,类型\n2027-01-01,holiday\n", "表头")]
    [InlineData("date,kind,name,source\n2027-02-30,holiday,元旦,某通知\n", "第 2 行")]
    public void A_bad_file_is_refused_in_chinese_naming_the_file_and_nothing_is_stored(string content, string expected)
    {
        var imported = Import(content, "", AccessScope.All);

        Assert.Equal(FailureKind.UnusableInput, imported.Failure?.Kind);
        Assert.Contains(expected, imported.Failure!.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Cases.Calendar(""));
    }

    [Fact]
    public void A_file_that_is_not_utf8_or_far_too_big_is_refused()
    {
        var gbk = Import([0xC8, 0xD5, 0xC6, 0xDA, 0xFF, 0xFE], "", AccessScope.All);
        var huge = Import(new byte[ImportCalendar.MaxBytes + 1], "", AccessScope.All);

        Assert.Contains("UTF-8", gbk.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("过大", huge.Failure!.Message, StringComparison.Ordinal);
    }

    private CalendarImportResult Import(string csv, string region, AccessScope scope) => Import(Encoding.UTF8.GetBytes(csv), region, scope);

    private CalendarImportResult Import(byte[] content, string region, AccessScope scope) =>
        ImportCalendar.Run(_store, new CalendarImportOptions { Content = content, FileName = "节假日.csv", Region = region, Scope = scope });
}
