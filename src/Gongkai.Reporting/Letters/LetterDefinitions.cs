using static Gongkai.Reporting.Letters.LetterFields;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// The default wording of each letter, citing the 《政府信息公开条例》 (国务院令第711号, "《条例》") article it rests on.
/// Agencies edit the generated DOCX, not this text; this is the starting point a new installation ships.
/// </summary>
/// <remarks>A data table: the texts are long, the code is not.</remarks>
internal static class LetterDefinitions
{
    private const string Statute = "《中华人民共和国政府信息公开条例》（以下简称《条例》）";

    private static readonly string Received = $"本机关于{P(ReceivedOn)}收到您提出的政府信息公开申请（申请编号：{P(ApplicationNumber)}），申请内容为：{P(Content)}。";

    /// <summary>The wording of <paramref name="kind"/>.</summary>
    public static LetterDefinition Of(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => Acknowledgement,
        LetterKind.CorrectionNotice => Correction,
        LetterKind.ExtensionNotice => Extension,
        LetterKind.ThirdPartyConsultation => ThirdPartyConsultation,
        LetterKind.FeeNotice => Fee,
        LetterKind.AnswerGranted => Answer(
            "经审查，您申请公开的政府信息属于可以公开的政府信息。根据《条例》第三十六条第（一）项、第（二）项的规定，本机关决定予以公开：已经主动公开的，告知您获取该信息的方式、途径；可以公开的，向您提供该信息，或者告知您获取该信息的方式、途径和时间。",
            LetterRemedies.Direct),
        LetterKind.AnswerPartial => Answer(
            "经审查，您申请公开的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。根据《条例》第三十七条的规定，本机关向您提供可以公开的政府信息内容，并对不予公开的内容说明理由。",
            LetterRemedies.PartlyReconsiderationFirst),
        LetterKind.AnswerWithheld => Answer(
            "经审查，您申请公开的政府信息属于依法不予公开的情形。根据《条例》第三十六条第（三）项的规定，本机关决定不予公开，并说明理由和依据如下。",
            LetterRemedies.ReconsiderationFirst),
        LetterKind.AnswerUnavailable => Answer(
            "经审查，本机关无法向您提供所申请的政府信息。根据《条例》第三十六条第（四）项、第（五）项或者第三十八条的规定（所申请信息不存在、不属于本机关负责公开，或者需要本机关对现有政府信息进行加工、分析），现将情况告知如下。",
            LetterRemedies.Direct),
        LetterKind.AnswerRejected => Answer(
            "经审查，您的申请属于《条例》第三十五条、第三十六条第（六）项或者第三十九条规定的情形，本机关对该申请不予处理，理由和依据如下。",
            LetterRemedies.Direct),
        LetterKind.AnswerOther => Answer(
            "根据《条例》第三十六条的规定，本机关对您的申请作如下处理。",
            LetterRemedies.Direct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The contact line closing every letter.</summary>
    public static string ContactLine { get; } = $"（经办人：{P(Handler)}；联系电话：{P(Telephone)}）";

    private static LetterDefinition Acknowledgement { get; } = new(
        "政府信息公开申请受理回执",
        Applicant,
        [
            $"本机关已收到您提出的政府信息公开申请，现予登记。根据{Statute}第三十一条的规定，本机关收到申请之日为{P(ReceivedOn)}。您的申请载明的事项（《条例》第二十九条）如下：",
            $"本机关将依照《条例》第三十三条第二款的规定，自收到申请之日起20个工作日内，即于{P(AnswerDue)}前作出答复；需要延长答复期限的，经本机关政府信息公开工作机构负责人同意并告知您，延长的期限最长不超过20个工作日。依照《条例》第三十三条第三款的规定，征求第三方和其他机关意见所需时间不计算在上述期限内。",
            "申请内容不明确的，本机关将依照《条例》第三十条的规定，自收到申请之日起7个工作日内一次性告知您需要补正的事项；答复期限自本机关收到补正的申请之日起计算。",
            "特此回执。",
        ],
        [
            ("申请编号", P(ApplicationNumber)),
            ("申请人", P(Applicant)),
            ("身份证件", P(ApplicantId)),
            ("联系方式", P(Contact)),
            ("通讯地址", P(Address)),
            ("收到申请日期", P(ReceivedOn)),
            ("所需政府信息", P(Content)),
            ("提供形式和获取方式", P(FormOfProvision)),
        ]);

    private static LetterDefinition Correction { get; } = new(
        "政府信息公开申请补正告知书",
        Applicant,
        [
            Received,
            $"经审查，您的申请内容不明确，本机关无法据此确定您所需要的政府信息。根据{Statute}第三十条的规定，现一次性告知您需要补正的全部事项如下：",
            P(CorrectionPoints),
            $"请您于{P(CorrectionDue)}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "补正过程中如有疑问，可与本机关联系，本机关将给予指导和释明。",
            "特此告知。",
        ],
        []);

    private static LetterDefinition Extension { get; } = new(
        "政府信息公开申请延期答复告知书",
        Applicant,
        [
            Received + $"本机关原应于{P(AnswerDue)}前作出答复。",
            $"因{P(ExtensionReason)}，本机关不能在上述期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人{P(Approver)}同意，答复期限延长{P(ExtensionDays)}个工作日（延长的期限最长不超过20个工作日），本机关将于{P(ExtendedDue)}前作出答复。",
            "特此告知。",
        ],
        []);

    private static LetterDefinition ThirdPartyConsultation { get; } = new(
        "政府信息公开征求第三方意见书",
        ThirdParty,
        [
            $"本机关于{P(ReceivedOn)}收到一份政府信息公开申请（申请编号：{P(ApplicationNumber)}），申请公开：{P(Content)}。经审查，公开该信息可能损害贵方的合法权益，涉及的内容如下：",
            P(ConsultationSubject),
            $"根据{Statute}第三十二条的规定，现书面征求贵方意见。请贵方自收到本意见书之日起15个工作日内，即于{P(ConsultationDue)}前，向本机关书面提出是否同意公开的意见；不同意公开的，请说明理由。",
            "贵方逾期未提出意见的，由本机关依照《条例》的规定决定是否公开。贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。",
            "特此征求意见。",
        ],
        []);

    // The fee schedule is 国办函〔2020〕109号's own wording (按件 and 按量 tiers). The consequence of not paying in time
    // is an assumption (a provincial implementing notice, docs/letters.md), written as the agency's notice, not as law.
    private static LetterDefinition Fee { get; } = new(
        "政府信息公开信息处理费收费通知书",
        Applicant,
        [
            Received,
            $"经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据{Statute}第四十二条和《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。现将有关事项通知如下：",
            $"一、计收方式：{P(FeeMethod)}。按件计收和按量计收不同时适用。",
            "二、收费标准：按件计收的，同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，每件收费100元；31件以上的部分，以10件为一档，每增加一档，每件收费标准提高100元。按量计收的，30页以下（含30页）的，不收费；31—100页（含100页）的部分，每页收费10元；101—200页（含200页）的部分，每页收费20元；201页以上的部分，每页收费40元。",
            $"三、计费数量：{P(FeeQuantity)}；应缴金额：人民币{P(FeeAmount)}元。",
            $"四、缴费方式和期限：请于{P(PaymentDue)}前缴纳，缴费方式为：{P(PaymentMethod)}。",
            "您逾期未缴纳信息处理费的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "特此通知。",
        ],
        []);

    private static LetterDefinition Answer(string decision, string remedy) => new(
        LetterKinds.AnswerTitle,
        Applicant,
        [
            $"本机关于{P(ReceivedOn)}收到您提出的政府信息公开申请（申请编号：{P(ApplicationNumber)}），申请公开：{P(Content)}。现根据{Statute}第三十六条的规定答复如下：",
            decision,
            $"一、答复结果：{P(Outcome)}",
            $"二、法律依据：{P(LegalBasis)}",
            $"三、理由：{P(Reason)}",
            remedy,
            "特此答复。",
        ],
        []);

    /// <summary>A placeholder as templates write it.</summary>
    internal static string P(string name) => "{{" + name + "}}";
}
