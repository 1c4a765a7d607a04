using Gongkai.Application.Drafting;
using Gongkai.Core.Templates;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Drafting;

public sealed class SaveDraftTests
{
    private const string Unit = "QH-TC-ZJ";
    private static readonly AccessScope Scope = AccessScope.Unit(Unit);

    [Fact]
    public void A_save_stores_the_input_with_totals_computed_and_moves_the_revision_on()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Start(samples);
        var input = DraftFilling.Balanced(draft, new Dictionary<string, string> { ["requests.granted.naturalPerson"] = "5", ["requests.newReceived.naturalPerson"] = "5" });

        var saved = SaveDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Revision = 1, Input = input, User = "tangchuan-zj" });

        Assert.Null(saved.Failure);
        Assert.Equal(2, saved.Draft!.Stored.Revision);
        var reread = GetDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }).Draft!.Report.Requests!;
        Assert.Equal(5m, reread.ValueAt(RequestsTemplate.Granted, RequestsTemplate.NaturalPerson));
        Assert.Equal(5m, reread.ValueAt(RequestsTemplate.Total, RequestsTemplate.NaturalPerson));
        Assert.Equal(5m + reread.ValueAt(RequestsTemplate.CarriedOver, RequestsTemplate.NaturalPerson), reread.ValueAt(RequestsTemplate.CarriedForward, RequestsTemplate.NaturalPerson) + 5m);
    }

    [Fact]
    public void A_save_from_a_stale_revision_is_refused_and_does_not_overwrite_the_other_tabs_save()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Start(samples);
        var first = new DraftInput { Cells = new Dictionary<string, string?> { ["requests.newReceived.naturalPerson"] = "7" } };
        var second = new DraftInput { Cells = new Dictionary<string, string?> { ["requests.newReceived.naturalPerson"] = "9" } };
        Assert.Null(SaveDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Revision = 1, Input = first, User = "a" }).Failure);

        var stale = SaveDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Revision = 1, Input = second, User = "b" });

        Assert.Equal(FailureKind.Conflict, stale.Failure?.Kind);
        Assert.Contains("未保存", stale.Failure!.Message, StringComparison.Ordinal);
        var kept = GetDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }).Draft!;
        Assert.Equal(7m, kept.Report.Requests!.ValueAt(RequestsTemplate.NewReceived, RequestsTemplate.NaturalPerson));
        Assert.Equal(2, kept.Stored.Revision);
    }

    [Fact]
    public void A_text_that_is_not_a_number_is_reported_and_kept_blank()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = Start(samples);
        var input = new DraftInput { Cells = new Dictionary<string, string?> { ["requests.newReceived.naturalPerson"] = "十二", ["requests.newReceived.commercial"] = "１２" } };

        var saved = SaveDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Revision = 1, Input = input, User = "a" }).Draft!;

        Assert.Contains(saved.InputProblems, p => p.Contains("十二", StringComparison.Ordinal) && p.Contains("不是数字", StringComparison.Ordinal));
        Assert.Null(saved.Report.Requests!.ValueAt(RequestsTemplate.NewReceived, RequestsTemplate.NaturalPerson));
        Assert.Equal(12m, saved.Report.Requests!.ValueAt(RequestsTemplate.NewReceived, "commercial"));
    }

    [Fact]
    public void Another_units_draft_is_not_found_by_its_id_and_stays_unchanged()
    {
        using var samples = new SampleStore().WithSamples();
        var other = StartDraft.Run(samples.Store, new StartDraftOptions { Scope = AccessScope.All, UnitCode = "QH-LT-NY", Year = 2021, User = "admin" }).Draft!;
        var options = new DraftOptions { Scope = Scope, DraftId = other.Stored.Id, Revision = 1, User = "tangchuan-zj", Input = new DraftInput { Sections = new Dictionary<string, string?> { ["overview"] = "改写" } } };

        Assert.Equal(FailureKind.NotFound, GetDraft.Run(samples.Store, options).Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, CheckDraft.Run(samples.Store, options).Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, SaveDraft.Run(samples.Store, options).Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, SubmitDraft.Run(samples.Store, options).Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, RenderDraft.Run(samples.Store, options, DraftFormat.Docx).Failure?.Kind);
        Assert.Empty(ListDrafts.Run(samples.Store, Scope));
        Assert.Equal(1, GetDraft.Run(samples.Store, options with { Scope = AccessScope.All }).Draft!.Stored.Revision);
    }

    private static DraftView Start(SampleStore samples) =>
        StartDraft.Run(samples.Store, new StartDraftOptions { Scope = Scope, UnitCode = Unit, Year = 2021, User = "tangchuan-zj" }).Draft!;
}
