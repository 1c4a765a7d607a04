using Gongkai.Reporting.Letters;

namespace Gongkai.Reporting.Tests.Letters;

/// <summary>A fictional case's values for every placeholder, each distinct and none inside another or in a template's text.</summary>
internal static class LetterSamples
{
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>
    {
        [LetterFields.Agency] = "某某市某某局",
        [LetterFields.DocumentNumber] = "某局信公〔2026〕17号",
        [LetterFields.Applicant] = "张三",
        [LetterFields.ApplicantId] = "居民身份证 110101199001019999",
        [LetterFields.Contact] = "13912345678",
        [LetterFields.Address] = "某某市某某区某某路1号",
        [LetterFields.ReceivedOn] = "2026年3月2日",
        [LetterFields.ApplicationNumber] = "YSQ-2026-0017",
        [LetterFields.Content] = "某某路拓宽工程的立项批复文件",
        [LetterFields.FormOfProvision] = "纸质文本，邮寄送达",
        [LetterFields.AnswerDue] = "2026年3月30日",
        [LetterFields.CorrectionPoints] = "1. 请说明所需文件的形成年份；\n2. 请明确工程所在路段。",
        [LetterFields.CorrectionDue] = "2026年3月20日",
        [LetterFields.ExtensionDays] = "15",
        [LetterFields.ExtendedDue] = "2026年4月21日",
        [LetterFields.ExtensionReason] = "所申请信息涉及多个内设机构，需要检索核实",
        [LetterFields.Approver] = "李四",
        [LetterFields.ThirdParty] = "某某建设有限公司",
        [LetterFields.ConsultationSubject] = "该公司投标文件中的报价明细",
        [LetterFields.ConsultationDue] = "2026年3月24日",
        [LetterFields.FeeMethod] = "按件计收",
        [LetterFields.FeeQuantity] = "35件",
        [LetterFields.FeeAmount] = "3,000.00",
        [LetterFields.PaymentDue] = "2026年4月1日",
        [LetterFields.PaymentMethod] = "到本机关政务服务窗口缴纳",
        [LetterFields.Outcome] = "现以电子邮件向您提供该批复文件。",
        [LetterFields.LegalBasis] = "《中华人民共和国政府信息公开条例》第十五条",
        [LetterFields.Reason] = "该信息涉及他人商业秘密。",
        [LetterFields.ReconsiderationBody] = "某某市人民政府",
        [LetterFields.Court] = "某某区人民法院",
        [LetterFields.Handler] = "王五",
        [LetterFields.Telephone] = "0000-12345678",
        [LetterFields.SignedOn] = "2026年3月9日",
    };
}
