using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Cases;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests.Cases;

/// <summary>
/// The cases of 依申请公开 (migration 0010) on both engines: saves that name the version they started from, the caller's
/// scope in every read, list filters and paging, open and overdue counts, and table 三 counted in SQL.
/// </summary>
public sealed partial class CaseRepositoryTests
{
    private const string Clerk = "李四";
    private static readonly RegisteredUnit Own = new("MM-GT", "某某市国土局", "部门", "某某省/某某市", null, []);
    private static readonly RegisteredUnit Other = new("XX-JY", "某某县教育局", "部门", "某某省/某某县", null, []);
    private static readonly AccessScope OwnUnit = AccessScope.Unit(Own.Code);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Inserts_reads_back_and_refuses_a_save_from_a_stale_version(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);
        var c = NewCase("c1", new DateOnly(2025, 3, 4)) with { Attachments = ["申请表.pdf"] };

        var inserted = store.Cases.Insert(c, new DateOnly(2025, 3, 25), "张三");
        var duplicate = store.Cases.Insert(c with { Id = "c2" }, null, "张三");
        var decided = CaseWorkflow.Apply(c, Decide(new DateOnly(2025, 3, 10), CaseOutcome.Granted));
        var first = store.Cases.Update(decided, null, 1, Clerk);
        var stale = store.Cases.Update(c with { Assignee = "王五" }, null, 1, Clerk);
        var stored = store.Cases.Get("c1", OwnUnit)!;

        Assert.Equal((CaseSaveOutcome.Saved, 1), (inserted.Outcome, inserted.Version));
        Assert.Equal(CaseSaveOutcome.Conflict, duplicate.Outcome);
        Assert.Equal((CaseSaveOutcome.Saved, 2), (first.Outcome, first.Version));
        Assert.Equal(CaseSaveOutcome.Conflict, stale.Outcome);
        Assert.Equal(CaseSaveOutcome.NotFound, store.Cases.Update(c with { Id = "c9" }, null, 1, Clerk).Outcome);
        Assert.Equal((2, "张三", (DateOnly?)null), (stored.Version, stored.CreatedBy, stored.Due));
        Assert.Equal(decided.Steps, stored.Case.Steps);
        Assert.Equal(["申请表.pdf"], stored.Case.Attachments);
        Assert.Equal(CaseOutcome.Granted, stored.Case.Outcome);
        Assert.Null(stored.Case.Assignee);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_user_of_another_unit_neither_gets_nor_lists_a_case(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        store.Cases.Insert(NewCase("c1", new DateOnly(2025, 3, 4), unit: Other.Code), new DateOnly(2025, 3, 25), Clerk);

        Assert.Null(store.Cases.Get("c1", OwnUnit));
        Assert.Null(store.Cases.Get("c1", AccessScope.Public));
        Assert.Empty(store.Cases.List(new CaseQuery(), OwnUnit));
        Assert.Empty(store.Cases.List(new CaseQuery { UnitId = Other.Code }, OwnUnit));
        Assert.Empty(store.Cases.OverdueByUnit(new DateOnly(2025, 4, 1), OwnUnit));
        Assert.NotNull(store.Cases.Get("c1", AccessScope.Region("某某省/某某县")));
        Assert.Single(store.Cases.List(new CaseQuery(), AccessScope.Region("某某省")));
        Assert.Equal(CaseSaveOutcome.NotFound, store.Cases.Insert(NewCase("c2", new DateOnly(2025, 3, 4), unit: "未登记单位"), null, Clerk).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Lists_by_filter_and_page_the_earliest_due_first(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);
        for (var i = 0; i < 12; i++)
        {
            var c = NewCase($"c{i:00}", new DateOnly(2024 + (i % 2), 3, 1 + i), name: i % 3 == 0 ? "赵六" : "张三") with { Assignee = i < 4 ? Clerk : null };
            var saved = i % 4 == 3 ? CaseWorkflow.Apply(c, Decide(c.Received.AddDays(5), CaseOutcome.Granted)) : c;
            store.Cases.Insert(saved, c.Received.AddDays(20), Clerk);
        }

        static IEnumerable<string> Ids(IReadOnlyList<StoredCaseSummary> rows) => rows.Select(r => r.Id);
        Assert.Equal(["c00", "c02", "c01", "c03"], Ids(store.Cases.List(new CaseQuery { Assignee = Clerk }, OwnUnit)));
        Assert.Equal(["c00", "c02", "c04", "c06", "c08", "c10", "c01", "c05", "c09"], Ids(store.Cases.List(new CaseQuery { OpenOnly = true }, OwnUnit)));
        Assert.Equal(["c00", "c02", "c04", "c06", "c08", "c10"], Ids(store.Cases.List(new CaseQuery { ReceivedYear = 2024 }, OwnUnit)));
        Assert.Equal(["c00", "c06", "c03", "c09"], Ids(store.Cases.List(new CaseQuery { Text = "赵六" }, OwnUnit)));
        Assert.Equal(["c01", "c03"], Ids(store.Cases.List(new CaseQuery { DueAfter = new DateOnly(2025, 3, 21), DueBefore = new DateOnly(2025, 3, 26) }, OwnUnit)));
        Assert.Equal(["c06", "c08", "c10"], Ids(store.Cases.List(new CaseQuery { Page = 2, PageSize = 3 }, OwnUnit)));
        var row = store.Cases.List(new CaseQuery { Text = "依申请〔2024〕c03" }, OwnUnit).Single();
        Assert.Equal((Own.Code, "赵六", ApplicantKind.NaturalPerson, new DateOnly(2025, 3, 4), (DateOnly?)new DateOnly(2025, 3, 24)), (row.UnitId, row.ApplicantName, row.ApplicantKind, row.Received, row.Due));
        Assert.Equal((CaseOutcome.Granted, (DateOnly?)new DateOnly(2025, 3, 9), Clerk, 1), (row.Outcome!.Value, row.ClosedOn, row.Assignee, row.Version));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Counts_open_and_overdue_cases_per_unit(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        var today = new DateOnly(2025, 6, 2);
        store.Cases.Insert(NewCase("a1", new DateOnly(2025, 5, 1)), new DateOnly(2025, 5, 29), Clerk);
        store.Cases.Insert(NewCase("a2", new DateOnly(2025, 5, 20)), new DateOnly(2025, 6, 17), Clerk);
        store.Cases.Insert(NewCase("a3", new DateOnly(2025, 6, 2)), today, Clerk);
        store.Cases.Insert(CaseWorkflow.Apply(NewCase("a4", new DateOnly(2025, 4, 1)), Decide(new DateOnly(2025, 4, 3), CaseOutcome.Granted)), new DateOnly(2025, 4, 28), Clerk);
        store.Cases.Insert(NewCase("b1", new DateOnly(2025, 4, 1), unit: Other.Code), new DateOnly(2025, 4, 28), Clerk);

        var loads = store.Cases.OverdueByUnit(today, AccessScope.All);

        Assert.Equal([new CaseUnitLoad(Own.Code, 3, 1), new CaseUnitLoad(Other.Code, 1, 1)], loads.OrderByDescending(l => l.Open));
        Assert.Equal([new CaseUnitLoad(Own.Code, 3, 1)], store.Cases.OverdueByUnit(today, OwnUnit));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Tallies_of_three_hundred_random_cases_equal_the_case_tables(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);
        var random = new Random(15);
        var cases = Enumerable.Range(0, 300).Select(i => RandomCase(random, i)).ToList();
        foreach (var c in cases)
        {
            Assert.Equal(CaseSaveOutcome.Saved, store.Cases.Insert(c, null, Clerk).Outcome);
        }

        for (var year = 2022; year <= 2025; year++)
        {
            var tallies = store.Cases.Tallies(Own.Code, year);
            var table = CaseTables.Build(cases, [], year, TemplateVersion.V2021).Requests;
            foreach (var kind in ApplicantKinds.All)
            {
                var column = ApplicantKinds.Column(kind);
                Assert.Equal(table.ValueAt(RequestsTemplate.NewReceived, column), tallies.NewReceived.GetValueOrDefault(kind));
                Assert.Equal(table.ValueAt(RequestsTemplate.CarriedOver, column), tallies.CarriedOver.GetValueOrDefault(kind));
                Assert.Equal(table.ValueAt(RequestsTemplate.CarriedForward, column), tallies.OpenAtYearEnd.GetValueOrDefault(kind));
                foreach (var outcome in CaseOutcomes.All)
                {
                    Assert.Equal(table.ValueAt(CaseOutcomes.Row(outcome, TemplateVersion.V2021), column), tallies.Closed.GetValueOrDefault((outcome, kind)));
                }
            }
        }

        Assert.Equal(cases.Count(c => c.Received.Year == 2023), store.Cases.Tallies(Own.Code, 2023).NewReceived.Values.Sum());
    }

    // A case received over 2022–2025 by a random kind of applicant, closed after some days by a random outcome or left open.
    private static RequestCase RandomCase(Random random, int i)
    {
        var kinds = ApplicantKinds.All;
        var c = NewCase($"r{i:000}", new DateOnly(2022, 1, 1).AddDays(random.Next(365 * 4)), kinds[random.Next(kinds.Count)]);
        var ending = random.Next(-1, CaseOutcomes.All.Count);
        var end = c.Received.AddDays(random.Next(1, 120));
        CaseStep[] steps = ending < 0 ? [new ConsultationStarted(c.Received, Clerk, ConsultationParty.ThirdParty, "某某有限公司")] : CaseOutcomes.All[ending] switch
        {
            CaseOutcome.NoCorrection => [new CorrectionRequested(c.Received, Clerk, "请写明文号", c.Received), new CorrectionLapsed(end, Clerk)],
            CaseOutcome.UnpaidFee => [new FeeNoticed(c.Received, Clerk, FeeMode.PerVolume, 40, FeeCalculator.PerVolume(40)), new FeeLapsed(end, Clerk)],
            CaseOutcome.Other => [new Withdrawn(end, Clerk, null)],
            CaseOutcome.UnavailableUnclear =>
                [new CorrectionRequested(c.Received, Clerk, "请写明文号", end), new CorrectionSupplied(end, Clerk), Decide(end, CaseOutcome.UnavailableUnclear)],
            var decided => [Decide(end, decided)],
        };
        return steps.Aggregate(c, (current, step) => CaseWorkflow.Apply(current, step));
    }

    private static RequestCase NewCase(string id, DateOnly received, ApplicantKind kind = ApplicantKind.NaturalPerson, string name = "张三", string? unit = null) => new()
    {
        Id = id,
        UnitId = unit ?? Own.Code,
        Number = $"依申请〔2024〕{id}号",
        Applicant = new Applicant(kind, name, null, "13800000000", null),
        Channel = SubmissionChannel.InPerson,
        Arrived = received,
        Received = received,
        Content = "某某路段道路改造工程的立项批复",
    };

    private static Decided Decide(DateOnly date, CaseOutcome outcome) => new(date, Clerk, outcome, CaseOutcomes.Basis(outcome), null);
}
