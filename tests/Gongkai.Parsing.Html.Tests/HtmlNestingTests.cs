namespace Gongkai.Parsing.Html.Tests;

public sealed class HtmlNestingTests
{
    [Fact]
    public void Returns_a_page_within_the_depth_unchanged()
    {
        const string Page = "<html><body><div><table><tr><td><p>一、总体情况</td></tr></table></div></body></html>";

        var (text, elements) = HtmlNesting.Flatten(Page, maxDepth: 2);

        Assert.Same(Page, text);
        Assert.Equal(7, elements);
    }

    [Fact]
    public void Removes_the_tags_nested_past_the_depth_and_keeps_their_text()
    {
        var (text, _) = HtmlNesting.Flatten("<div><div><div><div>正文</div>尾</div></div></div>", maxDepth: 2);

        Assert.Equal("<div><div>正文尾</div></div>", text);
    }

    [Fact]
    public void Keeps_the_line_breaks_of_a_removed_tag()
    {
        var (text, _) = HtmlNesting.Flatten("<div><div\n class=\"a\">x</div>\n<p>y</p></div>", maxDepth: 1);

        Assert.Equal("<div>\nx\n<p>y</p></div>", text);
    }

    [Theory]
    [InlineData("<br><img src=x><hr><input><meta charset=utf-8>")]
    [InlineData("<p>a<p>b<li>c<li>d<tr><td>e<td>f")]
    [InlineData("<svg><path d=\"M0 0\"/><path/><circle/></svg>")]
    public void Does_not_count_elements_without_an_end_tag_towards_the_depth(string repeated)
    {
        var page = "<div>" + string.Concat(Enumerable.Repeat(repeated, 100)) + "<div>x</div></div>";

        var (text, _) = HtmlNesting.Flatten(page, maxDepth: 2);

        Assert.Same(page, text);
    }

    [Fact]
    public void Counts_a_self_closing_div_as_open_as_the_parser_does()
    {
        var (text, _) = HtmlNesting.Flatten("<div/><div/><div/>x", maxDepth: 2);

        Assert.Equal("<div/><div/>x", text);
    }

    [Fact]
    public void Closes_elements_left_open_inside_an_element_that_ends()
    {
        var page = string.Concat(Enumerable.Repeat("<div><font><b>x</div>", 100)) + "<div><div>y</div></div>";

        var (text, _) = HtmlNesting.Flatten(page, maxDepth: 3);

        Assert.Same(page, text);
    }

    [Fact]
    public void Reads_script_style_and_comments_as_text_whatever_they_hold()
    {
        var page = "<div><script>if (a<b) { x = '<div><div><div>'; }</script><style>p>a{}</style><!-- <div><div> --><title><div></title></div>";

        var (text, elements) = HtmlNesting.Flatten(page, maxDepth: 1);

        Assert.Same(page, text);
        Assert.Equal(4, elements);
    }

    [Fact]
    public void Reads_a_quoted_attribute_holding_a_bracket_as_part_of_the_tag()
    {
        var (text, _) = HtmlNesting.Flatten("<div title=\"a>b\"><div title='<div>'>x</div></div>", maxDepth: 1);

        Assert.Equal("<div title=\"a>b\">x</div>", text);
    }

    [Fact]
    public void Flattens_half_a_million_levels_in_one_pass()
    {
        const int Depth = 500_000;
        var page = "<body>" + string.Concat(Enumerable.Repeat("<div>", Depth)) + "正文" + string.Concat(Enumerable.Repeat("</div>", Depth)) + "</body>";

        var (text, elements) = HtmlNesting.Flatten(page, maxDepth: 256);

        Assert.Equal(Depth + 1, elements);
        Assert.Equal("<body>" + string.Concat(Enumerable.Repeat("<div>", 256)) + "正文" + string.Concat(Enumerable.Repeat("</div>", 256)) + "</body>", text);
    }
}
