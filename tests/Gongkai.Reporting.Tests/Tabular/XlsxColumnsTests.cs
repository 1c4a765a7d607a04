using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.Tests.Tabular;

public sealed class XlsxColumnsTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16383, "XFD")]
    public void Names_columns_as_excel_does(int index, string letters)
    {
        Assert.Equal(letters, XlsxColumns.Letters(index));
    }

    [Fact]
    public void Caps_an_estimated_width()
    {
        Assert.Equal(60d, XlsxColumns.Width(new TabularColumn(new string('长', 100), TabularType.Text)));
    }
}
