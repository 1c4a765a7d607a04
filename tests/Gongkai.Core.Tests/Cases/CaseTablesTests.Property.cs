using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Core.Templates;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

// The property half of CaseTablesTests: tables from 1,000 random cases over three years balance and equal a direct count.
public sealed partial class CaseTablesTests
{
    private const int FirstYear = 2022;

    private static readonly ReportValidator Sums = new(
        [new RequestsBalanceRule(), new RequestsOutcomeTotalRule(), new RequestsRowTotalRule(), new AppealsGroupTotalRule()]);

    [Fact]
    public void Tables_from_a_thousand_random_cases_balance_and_equal_a_direct_count()
    {
        var world = from cases in CaseGen().ListOf(1000)
                    from appeals in AppealGen().ListOf(200)
                    select (Cases: Number(cases), Appeals: appeals);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(10), Prop.ForAll(world.ToArbitrary(), w =>
        {
            foreach (var edition in new[] { TemplateVersion.V2019, TemplateVersion.V2021 })
            {
                for (var year = FirstYear; year <= FirstYear + 2; year++)
                {
                    var result = CaseTables.Build(w.Cases, w.Appeals, year, edition);
                    var report = new AnnualReport { Year = year, Template = edition, Requests = result.Requests, Appeals = result.Appeals };
                    Assert.Empty(Sums.Validate(report));
                    AssertDirectCount(w.Cases, year, edition, result);
                    AssertAppealsCount(w.Appeals, year, result);
                }
            }
        }));
    }

    private static void AssertDirectCount(IReadOnlyList<RequestCase> cases, int year, TemplateVersion edition, CaseTablesResult result)
    {
        foreach (var kind in ApplicantKinds.All)
        {
            var column = ApplicantKinds.Column(kind);
            var mine = cases.Where(c => c.Applicant.Kind == kind).ToList();
            bool InScope(RequestCase c) => c.Received.Year == year || (c.Received.Year < year && (c.ClosedOn is null || c.ClosedOn.Value.Year >= year));
            bool ClosedInYear(RequestCase c) => InScope(c) && c.ClosedOn?.Year == year;
            Assert.Equal(mine.Count(c => c.Received.Year == year), result.Requests.ValueAt(RequestsTemplate.NewReceived, column));
            Assert.Equal(mine.Count(c => c.Received.Year < year && InScope(c)), result.Requests.ValueAt(RequestsTemplate.CarriedOver, column));
            Assert.Equal(mine.Count(c => InScope(c) && !ClosedInYear(c)), result.Requests.ValueAt(RequestsTemplate.CarriedForward, column));
            foreach (var row in RequestsTemplate.OutcomeRows(edition))
            {
                var expected = mine.Where(c => ClosedInYear(c) && CaseOutcomes.Row(c.Outcome!.Value, edition) == row.Id).Select(c => c.Id).ToList();
                Assert.Equal(expected.Count, result.Requests.ValueAt(row.Key, column));
                Assert.Equal(expected.Order(StringComparer.Ordinal), result.CasesBehind(row.Id, column).Order(StringComparer.Ordinal));
            }
        }
    }

    private static void AssertAppealsCount(IReadOnlyList<CaseAppeal> appeals, int year, CaseTablesResult result)
    {
        var filed = appeals.Where(a => a.Filed.Year == year).ToList();
        foreach (var kind in Enum.GetValues<AppealKind>())
        {
            var group = AppealsTemplate.Table.Rows[(int)kind].Id;
            var mine = filed.Where(a => a.Kind == kind).ToList();
            bool Pending(CaseAppeal a) => a.Result == AppealResult.Pending || a.Decided is null || a.Decided.Value.Year > year;
            Assert.Equal(mine.Count(a => !Pending(a) && a.Result == AppealResult.Upheld), result.Appeals.ValueAt(group, AppealsTemplate.Upheld));
            Assert.Equal(mine.Count(a => !Pending(a) && a.Result == AppealResult.Corrected), result.Appeals.ValueAt(group, AppealsTemplate.Corrected));
            Assert.Equal(mine.Count(a => !Pending(a) && a.Result == AppealResult.Other), result.Appeals.ValueAt(group, AppealsTemplate.Other));
            Assert.Equal(mine.Count(Pending), result.Appeals.ValueAt(group, AppealsTemplate.Pending));
            Assert.Equal(mine.Count, result.Appeals.ValueAt(group, AppealsTemplate.Total));
        }
    }

    // A case: its kind, its receipt over three years, and how it ends (one of the outcomes, or still open) after some days.
    private static Gen<RequestCase> CaseGen() =>
        from kind in Gen.Elements(ApplicantKinds.All.ToArray())
        from offset in Gen.Choose(0, (365 * 3) - 1)
        from ending in Gen.Choose(-1, CaseOutcomes.All.Count - 1)
        from days in Gen.Choose(1, 90)
        select Handle(NewCase("tmp", Day(FirstYear, 1, 1).AddDays(offset), kind), ending < 0 ? null : CaseOutcomes.All[ending], days);

    private static Gen<CaseAppeal> AppealGen() =>
        from kind in Gen.Elements(Enum.GetValues<AppealKind>())
        from offset in Gen.Choose(0, (365 * 3) - 1)
        from result in Gen.Elements(Enum.GetValues<AppealResult>())
        from days in Gen.Choose(1, 200)
        from caseIndex in Gen.Choose(0, 999)
        let filed = Day(FirstYear, 1, 1).AddDays(offset)
        select new CaseAppeal($"a{offset}-{days}", $"c{caseIndex}", kind, filed, result, result == AppealResult.Pending ? null : filed.AddDays(days));

    private static RequestCase Handle(RequestCase c, CaseOutcome? outcome, int days)
    {
        var end = c.Received.AddDays(days);
        return outcome switch
        {
            null => c.Then(new ConsultationStarted(c.Received, Clerk, ConsultationParty.ThirdParty, "某某有限公司")),
            CaseOutcome.NoCorrection => c.Then(new CorrectionRequested(c.Received, Clerk, "请写明文号", c.Received), new CorrectionLapsed(end, Clerk)),
            CaseOutcome.UnpaidFee => c.Then(new FeeNoticed(c.Received, Clerk, FeeMode.PerVolume, 40, FeeCalculator.PerVolume(40)), new FeeLapsed(end, Clerk)),
            CaseOutcome.Other => c.Then(new Withdrawn(end, Clerk, null)),
            CaseOutcome.UnavailableUnclear => c.Then(new CorrectionRequested(c.Received, Clerk, "请写明文号", end), new CorrectionSupplied(end, Clerk), Decide(end, CaseOutcome.UnavailableUnclear)),
            { } decided => c.Then(Decide(end, decided)),
        };
    }

    private static IReadOnlyList<RequestCase> Number(IEnumerable<RequestCase> cases) =>
        [.. cases.Select((c, i) => c with { Id = $"c{i}", Number = $"依申请〔2024〕{i}号" })];
}
