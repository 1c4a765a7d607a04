using FsCheck;
using FsCheck.Fluent;
using Gongkai.Store.Database;

namespace Gongkai.Store.Tests.Database;

/// <summary>A version's cells packed into bytes (<see cref="PackedCells"/>) come back exactly: integers, 万元 to 4 places, blanks.</summary>
public sealed class PackedCellsTests
{
    [Fact]
    public void Every_cell_comes_back_with_its_state_and_its_exact_value()
    {
        var values = Gen.OneOf(
            Gen.Choose(-1000, 100_000).Select(v => (decimal?)v),
            Gen.Choose(-10_000_000, 10_000_000).SelectMany(v => Gen.Choose(1, 4).Select(places => (decimal?)(v / Pow10(places)))),
            Gen.Elements<decimal?>(long.MaxValue, long.MinValue, 899_999_999_999_999.9999m, 900_000_000_000_000.5m, -123_456_789_012_345_678.25m, 0m, -0.0001m));
        var cell = Gen.Choose(0, 2).SelectMany(state => values.Select(value => (State: state, Value: state == 0 ? value : null)));
        var version = Gen.ListOf(cell).Select(cells => cells.Select((c, i) => (CellId: (long)(1 + (i * 3) + (i % 2)), c.State, c.Value)).ToList());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(version), cells =>
        {
            var back = Unpack(PackedCells.Pack(cells));
            Assert.Equal(cells.Select(c => (c.CellId, c.State, c.Value)), back);
        }));
    }

    [Fact]
    public void A_cell_given_twice_keeps_its_first_fact_as_the_facts_table_does()
    {
        var back = Unpack(PackedCells.Pack([(5L, 0, 3m), (2L, 1, null), (5L, 0, 4m)]));

        Assert.Equal([(2L, 1, null), (5L, 0, 3m)], back);
    }

    [Fact]
    public void A_value_is_kept_to_the_four_places_the_store_keeps_rounding_half_away_from_zero_as_numeric_does()
    {
        var back = Unpack(PackedCells.Pack([(1L, 0, 1.23445m), (2L, 0, -1.23445m), (3L, 0, 2.00004m), (4L, 0, 7.5000m)]));

        Assert.Equal([(1L, 0, 1.2345m), (2L, 0, -1.2345m), (3L, 0, 2m), (4L, 0, 7.5m)], back);
    }

    [Fact]
    public void A_version_of_150_printed_cells_packs_into_a_few_hundred_bytes()
    {
        var packed = PackedCells.Pack(Enumerable.Range(1, 150).Select(i => ((long)i, 0, (decimal?)(i * 37 % 2000))));

        Assert.InRange(packed.Length, 150, 500);
    }

    [Fact]
    public void Bytes_of_another_format_are_refused()
    {
        var sink = new Collect();
        Assert.Throws<InvalidDataException>(() => PackedCells.Unpack([2, 0x10], ref sink));
    }

    private static decimal Pow10(int places) => places switch { 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10_000m };

    private static List<(long CellId, int State, decimal? Value)> Unpack(byte[] packed)
    {
        var sink = new Collect();
        PackedCells.Unpack(packed, ref sink);
        return sink.Cells;
    }

    private struct Collect() : IPackedCellSink
    {
        public List<(long CellId, int State, decimal? Value)> Cells { get; } = [];

        public readonly void Number(int cell, long value) => Cells.Add((cell, 0, value));

        public readonly void Number(int cell, decimal value) => Cells.Add((cell, 0, value));

        public readonly void NoNumber(int cell, int state) => Cells.Add((cell, state, null));
    }
}
