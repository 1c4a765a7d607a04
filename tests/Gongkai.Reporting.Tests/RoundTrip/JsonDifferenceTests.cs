namespace Gongkai.Reporting.Tests.RoundTrip;

public sealed class JsonDifferenceTests
{
    [Theory]
    [InlineData("""{"a":{"b":[1,2,3]}}""", """{"a":{"b":[1,2,3]}}""", null)]
    [InlineData("""{"a":{"b":[1,2,3]}}""", """{"a":{"b":[1,null,3]}}""", "$.a.b[1]: expected 2, got null")]
    [InlineData("""{"a":{"b":[1,2]},"c":"甲"}""", """{"a":{"b":[1,2]},"c":"乙"}""", "$.c: expected \"甲\", got \"乙\"")]
    [InlineData("{\"rows\":{\"x\":[0,\n 0]}}", """{"rows":{}}""", "$.rows.x: expected [0,0], missing")]
    [InlineData("""{"a":[1]}""", """{"a":[1,2]}""", "$.a: expected 1 items, got 2")]
    public void Names_the_first_differing_path(string expected, string actual, string? difference) =>
        Assert.Equal(difference, JsonDifference.First(expected, actual));
}
