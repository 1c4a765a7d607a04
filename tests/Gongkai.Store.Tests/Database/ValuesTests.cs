using FsCheck;
using FsCheck.Fluent;
using Gongkai.Store.Database;

namespace Gongkai.Store.Tests.Database;

/// <summary>Numbers leave the store alike from either engine (<see cref="Values.Normalize"/>).</summary>
public sealed class ValuesTests
{
    [Fact]
    public void Normalize_gives_the_value_and_scale_of_rounding_to_four_places_and_dividing_by_one()
    {
        var digits = Gen.OneOf(
            Gen.Choose(-100_000, 100_000).Select(v => (Low: v, Mid: 0, High: 0)),
            Gen.Choose(int.MinValue, int.MaxValue).SelectMany(low => Gen.Choose(int.MinValue, int.MaxValue).Select(mid => (Low: low, Mid: mid, High: 0))),
            Gen.Choose(int.MinValue, int.MaxValue).SelectMany(low => Gen.Choose(0, 5).Select(high => (Low: low, Mid: low ^ 0x5A5A5A5A, High: high))));
        var values = digits.SelectMany(d => Gen.Choose(0, 8).SelectMany(scale => Gen.Elements(false, true)
            .Select(negative => new decimal(d.Low, d.Mid, d.High, negative, (byte)scale))));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Arb.From(values), value =>
        {
            var expected = Math.Round(value, 4) / 1.0000000000000000000000000000m;
            var normalized = Values.Normalize(value);
            Assert.Equal(expected, normalized);
            Assert.Equal(expected.Scale, normalized.Scale);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), normalized.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }));
    }

    [Theory]
    [InlineData("7.5000", "7.5")]
    [InlineData("-0.0100", "-0.01")]
    [InlineData("12.0000", "12")]
    [InlineData("0.0000", "0")]
    [InlineData("1.23456", "1.2346")]
    public void Normalize_drops_trailing_zeros_and_places_beyond_four(string value, string printed) =>
        Assert.Equal(printed, Values.Normalize(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
