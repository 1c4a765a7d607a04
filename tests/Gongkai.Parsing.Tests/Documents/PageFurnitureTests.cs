using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Tests.Documents;

public sealed class PageFurnitureTests
{
    [Theory]
    [InlineData("- 3 -")]
    [InlineData("第 3 页")]
    [InlineData("第3页 共12页")]
    [InlineData("3 / 12")]
    [InlineData("－ ３ －")]
    [InlineData("第３⻚，共１２⻚")] // ⻚ U+2EDA, the radicals-supplement look-alike of 页
    public void Recognises_page_numbers(string line)
    {
        Assert.True(PageFurniture.IsPageNumber(line));
    }

    [Theory]
    [InlineData("第三页")]
    [InlineData("一、总体情况")]
    [InlineData("2021年")]
    public void Leaves_other_lines(string line)
    {
        Assert.False(PageFurniture.IsPageNumber(line));
    }
}
