using Gongkai.Core.Cases;

namespace Gongkai.Core.Tests.Cases;

/// <summary>Fictional cases for the case tests (某某市某某局, 申请人 张三).</summary>
internal static class CaseFixtures
{
    public const string Clerk = "李四";

    public static RequestCase NewCase(
        string id = "c1", DateOnly? received = null, ApplicantKind kind = ApplicantKind.NaturalPerson, string name = "张三") =>
        new()
        {
            Id = id,
            UnitId = "某某市某某局",
            Number = $"依申请〔2024〕{id}号",
            Applicant = new Applicant(kind, name, "110101199001010000", "13800000000", "某某市某某路1号"),
            Channel = SubmissionChannel.InPerson,
            Arrived = received ?? new DateOnly(2024, 3, 4),
            Received = received ?? new DateOnly(2024, 3, 4),
            Content = "某某路段2023年道路改造工程的立项批复",
            ProvisionForm = "电子邮件",
        };

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static RequestCase Then(this RequestCase c, params CaseStep[] steps) =>
        steps.Aggregate(c, (current, step) => CaseWorkflow.Apply(current, step));

    public static Decided Decide(DateOnly date, CaseOutcome outcome) => new(date, Clerk, outcome, CaseOutcomes.Basis(outcome), null);
}
