using Gongkai.Application.Drafting;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Drafting;

public sealed class StartDraftTests
{
    // The samples hold 棠川县住房和城乡建设局's 2020 report (2019 edition).
    private const string Unit = "QH-TC-ZJ";

    [Fact]
    public void A_new_draft_carries_last_years_figures_and_texts_into_the_years_edition()
    {
        using var samples = new SampleStore().WithSamples();
        var store = samples.Store;
        var last = store.LoadCurrent(store.Reports(new ReportFilter { Scope = AccessScope.All, Agency = Unit, FromYear = 2020, ToYear = 2020 }).Single().ReportId)!;

        var result = StartDraft.Run(store, new StartDraftOptions { Scope = AccessScope.Unit(Unit), UnitCode = Unit, Year = 2021, User = "tangchuan-zj" });

        Assert.Null(result.Failure);
        Assert.True(result.Created);
        var draft = result.Draft!;
        Assert.Equal(TemplateVersion.V2021, draft.Report.Template);
        Assert.Equal("棠川县住房和城乡建设局", draft.Report.Agency);
        Assert.NotNull(draft.PreviousYear);
        foreach (var column in RequestsTemplate.Columns)
        {
            Assert.Equal(last.Requests!.ValueAt(RequestsTemplate.CarriedForward, column.Key), draft.Report.Requests!.ValueAt(RequestsTemplate.CarriedOver, column.Key));
        }

        Assert.Equal(last.Section(SectionKind.Overview)!.Text, draft.Report.Section(SectionKind.Overview)!.Text);
        Assert.Null(draft.Report.Requests!.ValueAt(RequestsTemplate.NewReceived, RequestsTemplate.NaturalPerson));
        Assert.Equal(1, draft.Stored.Revision);
    }

    [Fact]
    public void Without_last_years_report_the_sections_start_empty_under_the_templates_headings()
    {
        using var samples = new SampleStore().WithSamples();

        var draft = StartDraft.Run(samples.Store, new StartDraftOptions { Scope = AccessScope.All, UnitCode = Unit, Year = 2030, User = "admin" }).Draft!;

        Assert.Null(draft.PreviousYear);
        Assert.All(SectionKindExtensions.All, kind => Assert.Equal(("", kind.ToHeading()), (draft.Report.Section(kind)!.Text, draft.Report.Section(kind)!.Heading)));
        Assert.Null(draft.Report.Requests!.ValueAt(RequestsTemplate.CarriedOver, RequestsTemplate.NaturalPerson));
    }

    [Fact]
    public void Starting_again_resumes_the_units_draft_for_the_year()
    {
        using var samples = new SampleStore().WithSamples();
        var options = new StartDraftOptions { Scope = AccessScope.Unit(Unit), UnitCode = Unit, Year = 2021, User = "tangchuan-zj" };
        var first = StartDraft.Run(samples.Store, options);

        var second = StartDraft.Run(samples.Store, options);

        Assert.False(second.Created);
        Assert.Equal(first.Draft!.Stored.Id, second.Draft!.Stored.Id);
        Assert.Single(ListDrafts.Run(samples.Store, AccessScope.Unit(Unit)));
    }

    [Fact]
    public void A_unit_cannot_start_another_units_report_and_nothing_is_created()
    {
        using var samples = new SampleStore().WithSamples();

        var result = StartDraft.Run(samples.Store, new StartDraftOptions { Scope = AccessScope.Unit(Unit), UnitCode = "QH-LT-NY", Year = 2021, User = "tangchuan-zj" });

        Assert.Equal(FailureKind.NotFound, result.Failure?.Kind);
        Assert.Empty(ListDrafts.Run(samples.Store, AccessScope.All));
    }

    [Fact]
    public void A_region_administrator_starts_a_report_of_a_unit_in_the_region_only()
    {
        using var samples = new SampleStore().WithSamples();
        var region = AccessScope.Region("青禾省/青禾市/鹭汀县");

        Assert.Null(StartDraft.Run(samples.Store, new StartDraftOptions { Scope = region, UnitCode = "QH-LT-NY", Year = 2021, User = "luting" }).Failure);
        Assert.Equal(FailureKind.NotFound, StartDraft.Run(samples.Store, new StartDraftOptions { Scope = region, UnitCode = Unit, Year = 2021, User = "luting" }).Failure?.Kind);
    }
}
