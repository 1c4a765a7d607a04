using Gongkai.Application.Cases;
using Gongkai.Core.Cases;

namespace Gongkai.Application.Tests.Cases;

public sealed class CaseNextStepsTests
{
    private const string Clerk = "王某某";

    [Fact]
    public void The_steps_offered_are_exactly_the_kinds_the_workflow_accepts_along_random_histories()
    {
        var random = new Random(20260302);
        for (var walk = 0; walk < 400; walk++)
        {
            var c = New();
            for (var length = 0; length < 9; length++)
            {
                var accepted = Candidates(c).Where(s => CaseWorkflow.Check(c, s).Count == 0).ToList();
                var offered = CaseNextSteps.For(c).Select(s => s.Kind).ToHashSet();

                Assert.Equal(accepted.Select(CaseStepKinds.Of).ToHashSet(), offered);
                if (accepted.Count == 0)
                {
                    break;
                }

                c = CaseWorkflow.Apply(c, accepted[random.Next(accepted.Count)]);
            }
        }
    }

    [Fact]
    public void Every_kind_has_a_distinct_chinese_label_that_parses_back()
    {
        Assert.Equal(CaseStepKinds.All.Count, CaseStepKinds.All.Select(CaseStepKinds.Label).Distinct().Count());
        Assert.All(CaseStepKinds.All, k => Assert.Equal(k, CaseStepKinds.Parse(CaseStepKinds.Label(k))));
        Assert.Null(CaseStepKinds.Parse("结案"));
    }

    // One well-formed step of every kind (both consultation parties), dated after the last step.
    private static IEnumerable<CaseStep> Candidates(RequestCase c)
    {
        var d = (c.Steps.Count > 0 ? c.Steps[^1].Date : c.Received).AddDays(1);
        yield return new CorrectionRequested(d, Clerk, "请写明文号", d.AddDays(7));
        yield return new CorrectionSupplied(d, Clerk);
        yield return new CorrectionLapsed(d.AddDays(60), Clerk);
        foreach (var party in Enum.GetValues<ConsultationParty>())
        {
            yield return new ConsultationStarted(d, Clerk, party, "青川县某某有限公司");
            yield return new ConsultationAnswered(d, Clerk, party);
        }

        yield return new Extended(d, Clerk, 10, "李某某", "需调取档案");
        yield return new FeeNoticed(d, Clerk, FeeMode.PerVolume, 50, FeeCalculator.PerVolume(50));
        yield return new FeePaid(d, Clerk);
        yield return new FeeLapsed(d, Clerk);
        yield return new Decided(d, Clerk, CaseOutcome.Granted, CaseOutcomes.Basis(CaseOutcome.Granted), null);
        yield return new Delivered(d, Clerk, "当面");
        yield return new Withdrawn(d, Clerk, null);
    }

    private static RequestCase New() => new()
    {
        Id = "c1",
        UnitId = "QC-YJ",
        Number = "2026-0001",
        Applicant = new Applicant(ApplicantKind.NaturalPerson, "张某某", null, null, null),
        Channel = SubmissionChannel.InPerson,
        Arrived = new DateOnly(2026, 3, 2),
        Received = new DateOnly(2026, 3, 2),
        Content = "某文件",
    };
}
