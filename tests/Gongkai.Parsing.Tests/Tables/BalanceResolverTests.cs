using Gongkai.Parsing.Tables;

namespace Gongkai.Parsing.Tests.Tables;

public sealed class BalanceResolverTests
{
    [Fact]
    public void Picks_the_only_choice_that_balances()
    {
        // Row 1 has three readings; only reading 2 satisfies both equations.
        var (choice, undecided) = BalanceResolver.Resolve([1, 3], picked => picked[1] == 2 ? 2 : picked[1] == 1 ? 1 : 0);

        Assert.Equal([0, 2], choice);
        Assert.Equal([false, false], undecided);
    }

    [Fact]
    public void Combines_the_rows_to_find_the_best_pair()
    {
        // Equations hold only when both rows take reading 1.
        var (choice, undecided) = BalanceResolver.Resolve([2, 2], picked => picked[0] == 1 && picked[1] == 1 ? 5 : picked[0] + picked[1] == 1 ? 2 : 3);

        Assert.Equal([1, 1], choice);
        Assert.Equal([false, false], undecided);
    }

    [Fact]
    public void Reports_a_tie_as_undecided_and_keeps_the_most_natural_reading()
    {
        var (choice, undecided) = BalanceResolver.Resolve([3], picked => picked[0] == 0 ? 0 : 4);

        Assert.Equal([1], choice);
        Assert.Equal([true], undecided);
    }

    [Fact]
    public void Reports_only_the_rows_whose_reading_differs_among_the_best_choices()
    {
        var (choice, undecided) = BalanceResolver.Resolve([2, 2], picked => picked[0] == 1 ? 7 : 0);

        Assert.Equal([1, 0], choice);
        Assert.Equal([false, true], undecided);
    }

    [Fact]
    public void Does_nothing_when_every_row_has_one_reading()
    {
        var calls = 0;

        var (choice, undecided) = BalanceResolver.Resolve([1, 1, 0], _ => ++calls);

        Assert.Equal([0, 0, 0], choice);
        Assert.Equal([false, false, false], undecided);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Finds_the_balancing_choice_by_iteration_when_the_combinations_are_too_many()
    {
        // 7^7 combinations (over 50 000); each row scores alone, best at reading (row % 7).
        var counts = Enumerable.Repeat(7, 7).ToList();

        var (choice, undecided) = BalanceResolver.Resolve(counts, picked => picked.Select((p, row) => p == row % 7 ? 1 : 0).Sum());

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], choice);
        Assert.All(undecided, Assert.False);
    }

    [Fact]
    public void Reports_ties_found_by_iteration_as_undecided()
    {
        var counts = Enumerable.Repeat(7, 7).ToList();

        var (_, undecided) = BalanceResolver.Resolve(counts, picked => picked[0] is 3 or 4 ? 1 : 0);

        Assert.True(undecided[0]);
        Assert.All(undecided.Skip(1), Assert.True);
    }
}
