using Gongkai.Application.Drafting;
using Gongkai.Application.Reports;
using Gongkai.Application.Versions;
using Gongkai.Core.Serialization;
using Gongkai.Store;
using Gongkai.Store.Importing;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Drafting;

public sealed class SubmitDraftTests
{
    private const string Unit = "QH-TC-ZJ";
    private static readonly AccessScope Scope = AccessScope.Unit(Unit);

    [Fact]
    public void A_submitted_draft_is_stored_as_the_units_report_and_reads_back_to_the_same_canonical_json()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples, new Dictionary<string, string> { ["requests.newReceived.naturalPerson"] = "3", ["requests.granted.naturalPerson"] = "3" });

        var submitted = SubmitDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, User = "tangchuan-zj" });

        Assert.Null(submitted.Failure);
        Assert.Equal(SaveOutcome.Added, submitted.Outcome);
        var stored = Assert.Single(samples.Store.Reports(new ReportFilter { Scope = Scope, FromYear = 2021, ToYear = 2021 }));
        Assert.Equal((submitted.ReportId, Unit), (stored.ReportId, stored.UnitCode));
        var expected = GetDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }).Draft!.Report;
        Assert.Equal(ReportJsonWriter.Write(expected, null, ReportJsonOptions.CanonicalOnly), ReportJsonWriter.Write(samples.Store.LoadCurrent(stored.ReportId)!, null, ReportJsonOptions.CanonicalOnly));
        Assert.Equal(submitted.ReportId, ListDrafts.Run(samples.Store, Scope).Single().SubmittedReportId);
    }

    [Fact]
    public void A_submitted_report_stays_unpublished_until_the_regions_office_publishes_it()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples);
        var submitted = SubmitDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, User = "u" });
        bool IsPublic() => samples.Store.Reports(new ReportFilter { Scope = AccessScope.Public, FromYear = 2021, ToYear = 2021 }).Any(r => r.ReportId == submitted.ReportId);

        Assert.False(IsPublic());
        Assert.Contains("待区域管理员审核后公开", submitted.Description, StringComparison.Ordinal);
        var published = PublishReport.Run(samples.Store, new PublishOptions { Scope = AccessScope.Region("青禾省"), Actor = "office", ReportId = submitted.ReportId, Publish = true });
        Assert.Null(published.Failure);
        Assert.True(IsPublic());
    }

    [Fact]
    public void The_stored_original_is_the_rendered_docx_which_the_pipeline_reads_to_the_same_json()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples);
        var submitted = SubmitDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, User = "u" });
        var source = samples.Store.History(submitted.ReportId).Single(v => v.IsCurrent);

        var reparsed = Sources.ReportPipelines.Full.Parse(samples.Store.OriginalFile(source.FileSha256!)!, "again.docx");

        Assert.Equal("docx", source.Format);
        Assert.StartsWith("在线填报/", source.SourcePath, StringComparison.Ordinal);
        Assert.Equal(ReportJsonWriter.Write(samples.Store.LoadCurrent(submitted.ReportId)!, null, ReportJsonOptions.CanonicalOnly), ReportJsonWriter.Write(reparsed.Report!, null, ReportJsonOptions.CanonicalOnly));
    }

    [Fact]
    public void Submitting_a_changed_draft_again_adds_a_version()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples);
        var first = SubmitDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, User = "u" });
        var changed = DraftFilling.Balanced(draft, new Dictionary<string, string> { ["requests.newReceived.commercial"] = "2", ["requests.granted.commercial"] = "2" });
        Assert.Null(SaveDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Revision = 2, Input = changed, User = "u" }).Failure);

        var second = SubmitDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, User = "u" });

        Assert.Equal(first.ReportId, second.ReportId);
        Assert.Equal((SaveOutcome.NewVersion, 2), (second.Outcome!.Value, second.Version));
        Assert.Equal(2, ListVersions.Run(samples.Store, new VersionsOptions { Scope = Scope, ReportId = second.ReportId }).Versions.Count);
    }

    [Fact]
    public void A_draft_with_errors_is_refused_and_nothing_is_stored()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples, new Dictionary<string, string> { ["requests.newReceived.naturalPerson"] = "3" });
        var before = samples.Store.Counts();

        var submitted = SubmitDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, User = "u" });

        Assert.Equal(FailureKind.ReportErrors, submitted.Failure?.Kind);
        Assert.Equal(before, samples.Store.Counts());
    }

    [Fact]
    public void A_draft_downloads_as_a_docx_and_an_html_page_of_the_report()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples);

        var docx = RenderDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }, DraftFormat.Docx);
        var html = RenderDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }, DraftFormat.Html);

        Assert.EndsWith("（草稿）.docx", docx.FileName, StringComparison.Ordinal);
        Assert.Equal(2021, Sources.ReportPipelines.Full.Parse(docx.Content!, "draft.docx").Report!.Year);
        Assert.Contains("棠川县住房和城乡建设局", System.Text.Encoding.UTF8.GetString(html.Content!), StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public void A_draft_downloads_as_a_pdf_printed_by_libreoffice_from_its_docx()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Filled(samples);

        var pdf = RenderDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }, DraftFormat.Pdf);

        Assert.Null(pdf.Failure);
        Assert.EndsWith("（草稿）.pdf", pdf.FileName, StringComparison.Ordinal);
        Assert.Equal("%PDF-"u8.ToArray(), pdf.Content![..5]);
        Assert.Equal(2021, Sources.ReportPipelines.Full.Parse(pdf.Content, "draft.pdf").Report!.Year);
    }

    // A draft of 2021 filled in and saved (revision 2), balanced unless changed.
    private static DraftView Filled(SampleStore samples, Dictionary<string, string>? changes = null)
    {
        var draft = StartDraft.Run(samples.Store, new StartDraftOptions { Scope = Scope, UnitCode = Unit, Year = 2021, User = "u" }).Draft!;
        var saved = SaveDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Revision = 1, Input = DraftFilling.Balanced(draft, changes), User = "u" });
        Assert.Null(saved.Failure);
        return saved.Draft!;
    }
}
