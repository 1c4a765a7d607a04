using Gongkai.Core.Cases.Clock;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Cases.Clock;

/// <summary>
/// The calendar the product ships (embedded in Gongkai.Core) is the shared calendar data, row for row: a new
/// notice is added to both, never to one.
/// </summary>
public sealed class OfficialCalendarDataTests
{
    [Fact]
    public void The_embedded_calendar_is_the_shared_calendar_data()
    {
        var shared = FindSharedCalendar();
        Assert.True(shared is not null, "../shared/data/holidays-cn.csv not found beside the repository");

        using var reader = File.OpenText(shared);
        var fromShared = WorkingCalendar.FromCsv(reader, "holidays-cn.csv");

        Assert.Equal(fromShared.Entries.OrderBy(e => e.Date), WorkingCalendar.Official.Entries.OrderBy(e => e.Date));
        Assert.Equal(fromShared.CoveredYears, WorkingCalendar.Official.CoveredYears);
    }

    private static string? FindSharedCalendar()
    {
        for (var directory = new DirectoryInfo(RepositoryRoot.Path); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "holidays-cn.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
