using Gongkai.Core.Cases;

namespace Gongkai.Application.Tests.Cases.Registers;

/// <summary>
/// Valid cases with random step histories for the register's round trip, built from a seed: every step goes through
/// <see cref="CaseWorkflow.Apply"/>, each on a later day than the one before, all by the case's 经办人 (what a register row carries).
/// </summary>
internal static class RandomCases
{
    private static readonly string[] Names = ["张某某", "李某", "青川县某某商贸有限公司", "王某，某律师事务所", "赵某\"小\"某"];
    private static readonly string[] Texts = ["2023年青川县应急管理局安全生产检查记录", "某某路拓宽工程征收补偿方案，文号青应急〔2023〕5号", "请提供会议纪要\n（第 3 次）", "=1+1"];

    public static RequestCase Make(int seed, string unit, int index)
    {
        var r = new Random(seed);
        var channel = Pick(r, SubmissionChannels.All);
        var arrived = new DateOnly(2024, 1, 1).AddDays(r.Next(0, 700));
        DateOnly? confirmed = SubmissionChannels.NeedsConfirmation(channel) ? arrived.AddDays(r.Next(0, 3)) : r.Next(4) == 0 ? arrived.AddDays(1) : null;
        var by = r.Next(2) == 0 ? "王某某" : "刘某";
        var c = new RequestCase
        {
            Id = "",
            UnitId = unit,
            Number = $"2024-{index:D4}",
            Applicant = new Applicant(Pick(r, ApplicantKinds.All), Pick(r, Names), Maybe(r, "110101199001011234"), Maybe(r, "13800000000"), Maybe(r, "青川县某某路 1 号")),
            Channel = channel,
            Arrived = arrived,
            Confirmed = confirmed,
            Received = ReceiptRules.ReceiptDate(channel, arrived, confirmed).Date!.Value,
            Content = Pick(r, Texts),
            ProvisionForm = Maybe(r, "纸质，邮寄"),
            Attachments = r.Next(3) == 0 ? ["身份证复印件.pdf", "委托书.jpg"] : [],
            Assignee = by,
        };
        var day = c.Received;
        DateOnly Next() => day = day.AddDays(r.Next(1, 4));
        RequestCase Then(CaseStep step) => c = CaseWorkflow.Apply(c, step);

        var supplied = false;
        if (r.Next(4) == 0)
        {
            var notice = Next();
            var due = notice.AddDays(r.Next(5, 15));
            Then(new CorrectionRequested(notice, by, "请写明所需信息的文号", due));
            if (r.Next(4) == 0)
            {
                day = due;
                return Delivery(r, Then(new CorrectionLapsed(Next(), by)), by, Next);
            }

            Then(new CorrectionSupplied(Next(), by));
            supplied = true;
        }

        for (var i = r.Next(0, 3); i > 0; i--)
        {
            var party = Pick(r, Enum.GetValues<ConsultationParty>());
            Then(new ConsultationStarted(Next(), by, party, party == ConsultationParty.ThirdParty ? "某某科技有限公司" : "青川县自然资源局"));
            if (r.Next(3) > 0)
            {
                Then(new ConsultationAnswered(Next(), by, party));
            }
        }

        if (r.Next(4) == 0)
        {
            Then(new Extended(Next(), by, r.Next(1, 21), "陈某", "需调取档案"));
        }

        if (r.Next(4) == 0)
        {
            Then(new FeeNoticed(Next(), by, Pick(r, Enum.GetValues<FeeMode>()), r.Next(1, 60), r.Next(0, 2000)));
            if (r.Next(3) == 0)
            {
                return Delivery(r, Then(new FeeLapsed(Next(), by)), by, Next);
            }

            Then(new FeePaid(Next(), by));
        }

        switch (r.Next(4))
        {
            case 0:
                return c;
            case 1:
                return Delivery(r, Then(new Withdrawn(Next(), by, Maybe(r, "已通过其他途径获取"))), by, Next);
            default:
                var outcomes = CaseOutcomes.All.Where(o => o is not (CaseOutcome.NoCorrection or CaseOutcome.UnpaidFee) && (supplied || o != CaseOutcome.UnavailableUnclear)).ToList();
                var outcome = Pick(r, outcomes);
                var basis = r.Next(3) == 0 ? "《政府信息公开条例》第三十六条" : CaseOutcomes.Basis(outcome);
                return Delivery(r, Then(new Decided(Next(), by, outcome, basis, Maybe(r, "经检索，本机关未制作该信息"))), by, Next);
        }
    }

    private static RequestCase Delivery(Random r, RequestCase c, string by, Func<DateOnly> next) =>
        r.Next(2) == 0 ? CaseWorkflow.Apply(c, new Delivered(next(), by, r.Next(2) == 0 ? "邮寄" : "")) : c;

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static string? Maybe(Random r, string text) => r.Next(2) == 0 ? text : null;
}
