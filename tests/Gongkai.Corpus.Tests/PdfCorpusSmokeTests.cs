using Gongkai.Application.Sources;
using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;
using Gongkai.PdfCorpus;
using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// The PDF corpus (docs/pdf-corpus.md) at CI size: one sample printed by each producer through the generator's own
/// code, with a borderless table, a table split over pages and the browser's print header and footer, each read back
/// to its truth. A case the PDF reader cannot read yet is skipped naming its class (issue #13), not dropped: unskip it
/// when the reader's fix merges.
/// </summary>
public sealed class PdfCorpusSmokeTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-pdf-corpus-test-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [PdfProducersTheory]
    [InlineData(Producers.Chromium, PageClasses.Article, TableStyles.Borderless)]
    [InlineData(Producers.ChromiumHeaderFooter, PageClasses.SplitRepeatedHeader, TableStyles.Ruled)]
    [InlineData(Producers.LibreOfficeWriter, PageClasses.SplitNoHeader, TableStyles.Ruled)]
    [InlineData(Producers.LibreOfficeWriter, PageClasses.Article, TableStyles.Borderless)]
    [InlineData(Producers.LibreOfficeWriterWeb, PageClasses.Article, TableStyles.Ruled)]
    public void A_generated_pdf_reads_back_to_its_truth(string producer, string pageClass, string tableStyle)
    {
        var source = CorpusSource.Samples(RepositoryRoot.Samples).Single(s => s.Name == "s01");
        var item = new CorpusItem($"s01-{producer}-{pageClass}-{tableStyle}", producer, source.Name, pageClass, tableStyle, "A4", "noto-serif");
        Assert.Null(SourceCheck.Problem(item, source, _temp));
        var pdf = Path.Combine(_temp, item.Stem + ".pdf");

        PdfPrinter.Print(item, source, _temp, pdf);

        var parsed = ReportPipelines.Full.ParseFile(pdf);
        Assert.Null(parsed.Failure);
        Assert.Equal("pdf", parsed.Report!.Input?.Format?[..3]);
        var wrong = ReportComparer.Compare(ReportJsonReader.Read(source.TruthJson), parsed.Report).Where(c => !c.IsMatch).Select(c => $"{c.Path}: {c.Expected} ≠ {c.Actual}").ToList();
        Assert.True(wrong.Count == 0, $"{item.Stem}: {wrong.Count} wrong values\n" + string.Join('\n', wrong.Take(20)));
    }

    [Fact]
    public void The_plan_is_deterministic_and_covers_each_class_and_producer_at_least_twice()
    {
        var sources = CorpusSource.Samples(RepositoryRoot.Samples);

        var first = CorpusPlan.Build(sources, CorpusPlan.DefaultPerClass, (_, _) => null, (_, _) => { });
        var second = CorpusPlan.Build(sources, CorpusPlan.DefaultPerClass, (_, _) => null, (_, _) => { });

        Assert.Equal(first.Select(p => p.Item), second.Select(p => p.Item));
        Assert.Equal(first.Count, first.Select(p => p.Item.Stem).Distinct().Count());
        foreach (var producer in Producers.All)
        {
            var items = first.Where(p => p.Item.Producer == producer).Select(p => p.Item).ToList();
            Assert.All(PageClasses.ForReports(producer), c => Assert.True(items.Count(i => i.PageClass == c) >= 2, $"{producer} {c}"));
            Assert.All(TableStyles.For(producer), s => Assert.True(items.Count(i => i.TableStyle == s) >= 2, $"{producer} {s}"));
        }
    }

    [Fact]
    public void Kangxi_pages_disguise_labels_but_not_values()
    {
        var source = CorpusSource.Samples(RepositoryRoot.Samples).Single(s => s.Name == "s01");
        var item = new CorpusItem("k", Producers.Chromium, "s01", PageClasses.Kangxi, TableStyles.Ruled, "A4", "noto-serif");

        var clean = HtmlPages.For(item, source, disguise: false);
        var disguised = HtmlPages.For(item, source, disguise: true);

        Assert.Contains("⾏政", disguised, StringComparison.Ordinal);
        Assert.DoesNotContain("⾏政", clean, StringComparison.Ordinal);
        Assert.Contains("２０", disguised, StringComparison.Ordinal);
        Assert.Equal("行政复议", CodePoints.Disguise("行政复议").Normalize(System.Text.NormalizationForm.FormKC));
    }
}
