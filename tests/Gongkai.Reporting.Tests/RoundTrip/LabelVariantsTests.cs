namespace Gongkai.Reporting.Tests.RoundTrip;

public sealed class LabelVariantsTests
{
    [Fact]
    public void Rewrites_label_text_only_keeping_every_span_and_value()
    {
        var changed = 0;
        for (var i = 0; i < 200; i++)
        {
            var document = ReportDocument.From(RandomReports.Create(1, i));
            var variant = LabelVariants.Apply(document, CaseRandom.For(1, i, 2));
            var before = document.Parts.Select(p => p.Table).OfType<Gongkai.Reporting.Layout.LaidOutTable>().SelectMany(t => t.Rows).SelectMany(r => r).ToList();
            var after = variant.Parts.Select(p => p.Table).OfType<Gongkai.Reporting.Layout.LaidOutTable>().SelectMany(t => t.Rows).SelectMany(r => r).ToList();

            Assert.Equal(before.Select(c => (c.ColumnSpan, c.RowSpan, c.IsLabel, c.Cell)), after.Select(c => (c.ColumnSpan, c.RowSpan, c.IsLabel, c.Cell)));
            Assert.Equal(before.Where(c => !c.IsLabel && c.Text.Length > 0).Select(c => c.Text), after.Where(c => !c.IsLabel && c.Text.Length > 0 && c.Text is not ("/" or "—" or "-" or "——" or "无")).Select(c => c.Text));
            changed += before.Zip(after).Count(pair => pair.First.IsLabel && pair.First.Text != pair.Second.Text);
        }

        Assert.True(changed > 2000, $"only {changed} labels rewritten");
    }
}
