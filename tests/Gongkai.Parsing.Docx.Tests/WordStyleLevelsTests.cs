namespace Gongkai.Parsing.Docx.Tests;

public sealed class WordStyleLevelsTests
{
    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:latentStyles><w:lsdException w:name="heading 1" w:uiPriority="9"/></w:latentStyles>
          <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Outline1"><w:name w:val="报告一级"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Heading 3"/></w:style>
          <w:style w:type="paragraph" w:styleId="BiaoTi4"><w:name w:val="标题 4"/></w:style>
          <w:style w:type="paragraph" w:styleId="Named5"><w:name w:val="heading 5"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="BodyLevel"><w:name w:val="正文级别"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Quote2"><w:name w:val="Quote 2"/></w:style>
        </w:styles>
        """;

    [Theory]
    [InlineData("Outline1", 1)]
    [InlineData("2", 2)]
    [InlineData("Heading3", 3)]
    [InlineData("BiaoTi4", 4)]
    public void Reads_heading_levels_from_outline_levels_and_heading_style_names(string styleId, int level)
    {
        Assert.Equal(level, WordStyleLevels.Read(Styles)[styleId]);
    }

    [Fact]
    public void Lets_the_outline_level_win_over_the_style_name()
    {
        Assert.Equal(2, WordStyleLevels.Read(Styles)["Named5"]);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("BodyLevel")]
    [InlineData("Quote2")]
    public void Leaves_body_styles_out(string styleId)
    {
        Assert.False(WordStyleLevels.Read(Styles).ContainsKey(styleId));
    }

    [Fact]
    public void Reads_no_levels_without_a_styles_part()
    {
        Assert.Empty(WordStyleLevels.Read(null));
    }

    [Fact]
    public void Refuses_a_document_type_declaration_in_the_styles()
    {
        const string Xxe = """<!DOCTYPE w:styles [<!ENTITY x "y">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>""";

        Assert.ThrowsAny<System.Xml.XmlException>(() => WordStyleLevels.Read(Xxe));
    }

    [Fact]
    public void Inherits_the_heading_level_of_the_style_a_custom_style_is_based_on()
    {
        const string Inherited = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportSection"><w:name w:val="报告章节"/><w:basedOn w:val="Heading1"/></w:style>
            </w:styles>
            """;

        Assert.Equal(1, WordStyleLevels.Read(Inherited).GetValueOrDefault("ReportSection"));
    }
}
