using Gongkai.Application.Cases;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Web.Demo;

/// <summary>
/// The demo's applications for disclosure (依申请公开), registered and handled through the same use cases as the pages,
/// dated back from today so that the lists show cases overdue, due soon, waiting for a supplement or a consultation,
/// extended and answered. Fictional applicants only.
/// </summary>
internal static class DemoCases
{
    private const string Clerk = "demo";

    /// <returns>The Chinese reason the cases could not be registered, or <see langword="null"/>.</returns>
    public static string? Seed(ReportStore store, DateOnly today)
    {
        var cases = new (string Unit, Applicant Applicant, SubmissionChannel Channel, int DaysAgo, string Content, Func<DateOnly, CaseStep[]> Steps)[]
        {
            ("QH-TC-ZJ", new(ApplicantKind.NaturalPerson, "张某某", "居民身份证 5300000000000000XX", "139****0001", "青禾市棠川县城关镇某小区"), SubmissionChannel.InPerson, 45,
                "棠川县城关镇某小区2023年老旧小区改造项目的立项批复和竣工验收材料。", _ => []),
            ("QH-TC-ZJ", new(ApplicantKind.Commercial, "青禾某某建材有限公司", "统一社会信用代码 91530000XXXXXXXXXX", "0871-6000001", null), SubmissionChannel.OnlinePlatform, 27,
                "本县2024年建筑工程施工许可证核发情况统计表。", _ => []),
            ("QH-TC-ZJ", new(ApplicantKind.NaturalPerson, "李某某", null, "138****0002", "青禾市棠川县某镇某村"), SubmissionChannel.SignedPost, 12,
                "关于某村危房改造补助资金发放的文件。", d => [new CorrectionRequested(d.AddDays(3), Clerk, "请写明所需文件的名称或者文号，以及补助资金所属年度。", d.AddDays(20))]),
            ("QH-TC-ZJ", new(ApplicantKind.PublicInterest, "青禾市某环保公益协会", null, "qinghe-env@example.org", null), SubmissionChannel.Email, 20,
                "某建设项目环境影响评价文件中的施工扬尘防治方案。", d => [new ConsultationStarted(d.AddDays(4), Clerk, ConsultationParty.ThirdParty, "棠川县某建筑工程有限公司")]),
            ("QH-TC-ZJ", new(ApplicantKind.NaturalPerson, "王某某", null, "137****0003", null), SubmissionChannel.InPerson, 40,
                "本局2024年政府信息公开工作年度报告的纸质版本。", d => [new Extended(d.AddDays(18), Clerk, 15, "赵某某", "需要调取档案核对，无法在20个工作日内答复。")]),
            ("QH-TC-ZJ", new(ApplicantKind.LegalService, "青禾某某律师事务所", null, "0871-6000002", null), SubmissionChannel.Fax, 70,
                "某房地产开发项目预售许可证的核发依据。", d => [new Decided(d.AddDays(15), Clerk, CaseOutcome.Granted, CaseOutcomes.Basis(CaseOutcome.Granted), null), new Delivered(d.AddDays(16), Clerk, "邮寄")]),
            ("QH-LT-NY", new(ApplicantKind.NaturalPerson, "陈某某", null, "136****0004", null), SubmissionChannel.InPerson, 50,
                "鹭汀县2024年耕地地力保护补贴发放名册（本村部分）。", _ => []),
            ("QH-LT-NY", new(ApplicantKind.Research, "青禾某农业科学研究所", null, "0871-6000003", null), SubmissionChannel.OnlinePlatform, 25,
                "鹭汀县近三年高标准农田建设项目清单。", _ => []),
            ("QH-LT-NY", new(ApplicantKind.NaturalPerson, "刘某某", null, "135****0005", null), SubmissionChannel.SignedPost, 8,
                "某合作社农机购置补贴的审核材料。", _ => []),
            ("QH-LT-WJ", new(ApplicantKind.Other, "鹭汀县某村民委员会", null, "0871-6000004", null), SubmissionChannel.InPerson, 26,
                "本村卫生室2024年度基本公共卫生服务补助资金拨付文件。", _ => []),
        };

        foreach (var (unit, applicant, channel, daysAgo, content, steps) in cases)
        {
            var arrived = today.AddDays(-daysAgo);
            var confirmed = SubmissionChannels.NeedsConfirmation(channel) ? arrived.AddDays(1) : (DateOnly?)null;
            var registered = RegisterCase.Run(store, new RegisterCaseOptions
            {
                Scope = AccessScope.All,
                User = Clerk,
                UnitId = unit,
                Applicant = applicant,
                Channel = channel,
                Arrived = arrived,
                Confirmed = confirmed,
                Content = content,
                ProvisionForm = "纸质",
                Assignee = Clerk,
                Today = today,
            });
            if (registered.Case is not { } view)
            {
                return registered.Failure?.Message;
            }

            foreach (var step in steps(view.Case.Received))
            {
                var recorded = RecordCaseStep.Run(store, new RecordCaseStepOptions
                {
                    Scope = AccessScope.All,
                    User = Clerk,
                    CaseId = view.Case.Id,
                    ExpectedVersion = view.Version,
                    Step = step,
                    Today = today,
                });
                if (recorded.Case is not { } next)
                {
                    return recorded.Failure?.Message;
                }

                view = next;
            }
        }

        return null;
    }
}
