using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tests.Values;

public sealed class UnicodeSpaceTests
{
    [Fact]
    public void Agrees_with_char_IsWhiteSpace_on_every_UTF16_code_unit()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.True(char.IsWhiteSpace(c) == UnicodeSpace.IsWhiteSpace(c), $"U+{i:X4}");
        }
    }
}
