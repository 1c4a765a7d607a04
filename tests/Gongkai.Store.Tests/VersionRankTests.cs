using Gongkai.Store.Importing;

namespace Gongkai.Store.Tests;

public sealed class VersionRankTests
{
    private static readonly DateTimeOffset Morning = new(2023, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_later_date_wins_whatever_the_file_times()
    {
        var corrected = new VersionRank(new DateOnly(2023, 1, 27), Morning, "aa");
        var original = new VersionRank(new DateOnly(2023, 1, 20), Morning.AddDays(30), "ff");

        Assert.True(corrected.IsNewerThan(original));
        Assert.False(original.IsNewerThan(corrected));
    }

    [Fact]
    public void A_dated_version_ranks_above_an_undated_one()
    {
        Assert.True(new VersionRank(new DateOnly(2023, 1, 20), Morning, "aa").IsNewerThan(new VersionRank(null, Morning.AddDays(1), "ff")));
    }

    [Fact]
    public void On_equal_or_missing_dates_the_later_file_wins_then_the_content_hash()
    {
        var date = new DateOnly(2023, 1, 20);
        Assert.True(new VersionRank(date, Morning.AddMinutes(1), "aa").IsNewerThan(new VersionRank(date, Morning, "ff")));
        Assert.True(new VersionRank(null, Morning.AddMinutes(1), "aa").IsNewerThan(new VersionRank(null, Morning, "ff")));
        Assert.True(new VersionRank(date, Morning, "bb").IsNewerThan(new VersionRank(date, Morning, "aa")));
        Assert.False(new VersionRank(date, Morning, "aa").IsNewerThan(new VersionRank(date, Morning, "aa")));
    }

    [Fact]
    public void Stored_times_keep_whole_microseconds_in_utc()
    {
        var time = new DateTimeOffset(2023, 3, 1, 16, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);

        var stored = VersionRank.StoredTime(time);

        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(time.UtcTicks - 7, stored.UtcTicks);
    }
}
