using Gongkai.Core.Cases;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed class FeeCalculatorTests
{
    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(0, 11, 100)]
    [InlineData(0, 30, 2000)]
    [InlineData(0, 31, 2200)]
    [InlineData(0, 40, 4000)]
    [InlineData(0, 41, 4300)]
    [InlineData(10, 1, 100)]
    [InlineData(9, 1, 0)]
    [InlineData(30, 1, 200)]
    [InlineData(29, 2, 300)]
    [InlineData(40, 10, 3000)]
    [InlineData(5, 0, 0)]
    public void Per_item_fees_follow_the_monthly_progressive_bands(int before, int items, int expected)
    {
        Assert.Equal(expected, FeeCalculator.PerItem(before, items));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(150, 1700)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void Per_volume_fees_follow_the_page_bands(int pages, int expected)
    {
        Assert.Equal(expected, FeeCalculator.PerVolume(pages));
    }

    [Fact]
    public void Items_before_count_the_same_applicants_earlier_cases_of_the_month()
    {
        var applicant = NewCase().Applicant;
        var cases = new[]
        {
            NewCase("a", Day(2024, 3, 1)),
            NewCase("b", Day(2024, 3, 2)).Then(new FeeNoticed(Day(2024, 3, 5), Clerk, FeeMode.PerItem, 12, FeeCalculator.PerItem(1, 12))),
            NewCase("c", Day(2024, 2, 29)),
            NewCase("d", Day(2024, 3, 3), ApplicantKind.Commercial),
            NewCase("e", Day(2024, 3, 3), name: "王五"),
            NewCase("f", Day(2024, 3, 20)),
            NewCase("g", Day(2024, 3, 10)),
        };

        Assert.Equal(13, FeeCalculator.ItemsBefore(cases, applicant, Day(2024, 3, 10)));
    }

    [Fact]
    public void Negative_quantities_are_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.PerVolume(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.PerItem(0, -1));
    }
}
