using System.Text;
using Gongkai.Parsing.Pdf.Bounds;

namespace Gongkai.Parsing.Pdf.Tests.Bounds;

public sealed class ContentStreamScannerTests
{
    private static ContentStreamScanner Scan(string content, int chunk = int.MaxValue)
    {
        var scanner = new ContentStreamScanner();
        var bytes = Encoding.Latin1.GetBytes(content);
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            scanner.Feed(bytes.AsSpan(at, Math.Min(chunk, bytes.Length - at)));
        }

        scanner.Finish();
        return scanner;
    }

    [Theory]
    [InlineData("BT /F1 12 Tf 72 712 Td (Hello) Tj ET", 5)]
    [InlineData("q 1 0 0 1 0 0 cm 0.5 w 72 700 m 300 700 l S Q", 7)]
    [InlineData("[(A) -120 (B)] TJ true false null", 1)]
    [InlineData("(an ET inside a string \\) and Tj) Tj", 1)]
    [InlineData("(nested (Tj) parens) Tj", 1)]
    [InlineData("% a comment with Tj ET\nBT ET", 2)]
    [InlineData("/Span <</MCID 0>> BDC EMC", 2)]
    [InlineData("<414243> Tj", 1)]
    [InlineData("BT ET", 2)]
    public void Counts_operators_but_not_operands_strings_or_comments(string content, long operators)
    {
        Assert.Equal(operators, Scan(content).Operators);
    }

    [Fact]
    public void Counts_the_same_when_fed_one_byte_at_a_time()
    {
        const string Content = "BT /F1 12 Tf (a (b) \\) c) Tj [<4142> 3 (d)] TJ ET /Im1 Do % Tj\nq Q";

        var whole = Scan(Content);
        var bytes = Scan(Content, chunk: 1);

        Assert.Equal(whole.Operators, bytes.Operators);
        Assert.Equal(whole.TextBytes, bytes.TextBytes);
        Assert.Equal(whole.Drawn, bytes.Drawn);
    }

    [Fact]
    public void Skips_inline_image_data_up_to_EI()
    {
        var scanner = Scan("BI /W 4 /H 1 /BPC 8 /CS /G ID \u0001Tj ET Do\u00ff EI Q");

        Assert.Equal(4, scanner.Operators); // BI, ID, EI, Q
    }

    [Fact]
    public void Counts_the_bytes_of_text_strings()
    {
        Assert.Equal(5 + 2, Scan("(Hello) Tj <4142> Tj").TextBytes);
    }

    [Fact]
    public void Lists_each_use_of_an_xobject()
    {
        Assert.Equal(["X1", "Im2", "X1"], Scan("/X1 Do q /Im2 Do Q /X1 Do /F1 12 Tf").Drawn);
    }
}
