using Gongkai.Core.Model;

namespace Gongkai.Core.Tests.Model;

public sealed class SourceRefTests
{
    [Theory]
    [InlineData(12, 3, 4, "p3:L12:c4")]
    [InlineData(12, 0, 0, "L12")]
    [InlineData(0, 3, 0, "p3")]
    [InlineData(7, 0, 2, "L7:c2")]
    [InlineData(0, 0, 0, "")]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, "p2147483647:L2147483647:c2147483647")]
    public void Writes_the_compact_form_of_the_parts_it_knows(int line, int page, int cell, string expected)
    {
        var source = new SourceRef("f.md", line, page, cell);

        Assert.Equal(expected, source.ToCompactString());
        Assert.Equal(new SourceRef("f.md", line, page, cell), SourceRef.ParseCompact(expected, "f.md"));
    }
}
