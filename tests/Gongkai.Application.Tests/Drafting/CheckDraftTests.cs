using Gongkai.Application.Drafting;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Drafting;

public sealed class CheckDraftTests
{
    private const string Unit = "QH-TC-ZJ";
    private static readonly AccessScope Scope = AccessScope.Unit(Unit);

    [Fact]
    public void An_unbalanced_table_three_fires_the_balance_rule_on_its_cells_and_the_fix_clears_it()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = StartDraft.Run(samples.Store, new StartDraftOptions { Scope = Scope, UnitCode = Unit, Year = 2021, User = "u" }).Draft!;
        var received = new CellRef(TableKind.Requests, RequestsTemplate.NewReceived, RequestsTemplate.NaturalPerson);
        var options = new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id };

        var wrong = CheckDraft.Run(samples.Store, options with { Input = DraftFilling.Balanced(draft, new Dictionary<string, string> { [received.Path] = "4" }) }).Draft!;
        var right = CheckDraft.Run(samples.Store, options with { Input = DraftFilling.Balanced(draft, new Dictionary<string, string> { [received.Path] = "4", ["requests.granted.naturalPerson"] = "4" }) }).Draft!;

        // The column typed in and the 总计 column it adds to.
        var balance = Assert.Single(wrong.Findings, f => f.Code == DiagnosticCodes.RequestsBalance && f.Cells.Contains(received));
        Assert.Equal(Severity.Error, balance.Severity);
        Assert.DoesNotContain(right.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(4m, right.Report.Requests!.ValueAt(RequestsTemplate.Total, RequestsTemplate.NaturalPerson));
    }

    [Fact]
    public void A_typed_total_is_replaced_by_the_sum_of_its_parts()
    {
        using var samples = new SampleStore().WithSamples();
        var draft = StartDraft.Run(samples.Store, new StartDraftOptions { Scope = Scope, UnitCode = Unit, Year = 2021, User = "u" }).Draft!;
        var input = DraftFilling.Balanced(draft, new Dictionary<string, string> { ["requests.total.naturalPerson"] = "99", ["appeals.reconsideration.total"] = "99" });

        var checkedDraft = CheckDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id, Input = input }).Draft!;

        Assert.Equal(0m, checkedDraft.Report.Requests!.ValueAt(RequestsTemplate.Total, RequestsTemplate.NaturalPerson));
        Assert.Equal(0m, checkedDraft.Report.Appeals!.ValueAt("reconsideration", "total"));
        Assert.Contains(checkedDraft.Totals, t => t.Total.Path == "requests.total.naturalPerson");
        // Nothing was saved by checking.
        Assert.Equal(1, GetDraft.Run(samples.Store, new DraftOptions { Scope = Scope, DraftId = draft.Stored.Id }).Draft!.Stored.Revision);
    }
}
