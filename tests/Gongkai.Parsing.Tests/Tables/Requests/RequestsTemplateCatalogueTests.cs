using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tables.Requests;

namespace Gongkai.Parsing.Tests.Tables.Requests;

// The catalogue's matching data for table 三 (numbering, key phrases) read against its own official labels.
public sealed class RequestsTemplateCatalogueTests
{
    public static TheoryData<string> RowKeys() => [.. RequestsTemplate.AllRows.Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(RowKeys))]
    public void Each_rows_numbering_agrees_with_the_numbering_its_official_label_prints(string key)
    {
        var row = RequestsTemplate.AllRows.Single(r => r.Key == key);
        var parts = LabelParts.Parse(LabelText.Normalize(row.Label));

        Assert.Equal(row.Numbering.Group, parts.Group);
        Assert.Equal(row.Numbering.Item, parts.Item);
        Assert.True(parts.Top is null || parts.Top == row.Numbering.Top);
    }

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void Matches_every_official_label_of_an_edition_to_its_own_row(TemplateVersion version)
    {
        var matcher = new RequestsRowMatcher();
        foreach (var row in RequestsTemplate.For(version).Rows)
        {
            Assert.Equal((row.Key, false), matcher.Match(row.Label));
        }
    }
}
