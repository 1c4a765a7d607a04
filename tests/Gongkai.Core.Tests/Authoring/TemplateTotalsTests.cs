using Gongkai.Core.Authoring;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Authoring;

public sealed class TemplateTotalsTests
{
    [Theory]
    [InlineData(TemplateVersion.V2019, 1)]
    [InlineData(TemplateVersion.V2021, 3)]
    public void Table_three_totals_follow_the_editions_outcome_rows(TemplateVersion version, int otherRows)
    {
        var totals = TemplateTotals.For(version);

        var seventh = totals.Single(t => t.Total.Row == "total" && t.Total.Column == "naturalPerson");
        Assert.Equal(18 + otherRows, seventh.Parts.Count);
        Assert.All(seventh.Parts, p => Assert.Equal("naturalPerson", p.Column));
        Assert.Equal(RequestsTemplate.For(version).Rows.Count, totals.Count(t => t.Total.Table == TableKind.Requests && t.Total.Column == "total"));
        Assert.Equal(3, totals.Count(t => t.Total.Table == TableKind.Appeals));
    }

    [Fact]
    public void A_total_comes_after_the_totals_it_adds_up()
    {
        var totals = TemplateTotals.For(TemplateVersion.V2021);
        var position = totals.Select((t, i) => (t.Total, i)).ToDictionary(p => p.Total, p => p.i);

        Assert.All(totals, t => Assert.All(t.Parts, p => Assert.True(!position.TryGetValue(p, out var i) || i < position[t.Total])));
    }

    [Fact]
    public void The_skeleton_has_every_row_of_the_edition_and_every_cell_blank()
    {
        var skeleton = ReportSkeleton.Create(" 柏舟县民政局 ", 2020, TemplateVersion.V2019);

        Assert.Equal("柏舟县民政局", skeleton.Agency);
        Assert.Equal(ProactiveTemplate.V2019.Rows.Count, skeleton.Proactive!.Rows.Count);
        Assert.Equal(6, skeleton.Sections.Count);
        Assert.All(new[] { skeleton.Proactive, skeleton.Requests!, skeleton.Appeals! }.SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => Assert.True(c.IsBlank));
    }
}
