using Gongkai.Reporting.Letters;

namespace Gongkai.Reporting.Tests.Letters;

public sealed class LetterTemplatesTests
{
    public static TheoryData<LetterKind> Kinds() => [.. LetterKinds.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_default_template_validates(LetterKind kind)
    {
        Assert.Empty(LetterWriter.Validate(LetterTemplates.Default(kind)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_default_renders_with_all_fields_and_contains_every_value_it_uses(LetterKind kind)
    {
        var template = LetterTemplates.Default(kind);
        var used = LetterWriter.Placeholders(template);

        var text = LetterDocx.Text(LetterWriter.Render(template, LetterSamples.Fields));

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(LetterSamples.Fields[name], text, StringComparison.Ordinal));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_default_names_the_agency_the_document_the_addressee_and_the_date(LetterKind kind)
    {
        var used = LetterWriter.Placeholders(LetterTemplates.Default(kind));

        Assert.Contains(LetterFields.Agency, used);
        Assert.Contains(LetterFields.DocumentNumber, used);
        Assert.Contains(LetterFields.SignedOn, used);
        Assert.Contains(LetterFields.ApplicationNumber, used);
        Assert.Contains(kind == LetterKind.ThirdPartyConsultation ? LetterFields.ThirdParty : LetterFields.Applicant, used);
    }

    [Theory]
    [InlineData(LetterKind.Acknowledgement, new[] { "第二十九条", "第三十一条", "第三十三条" })]
    [InlineData(LetterKind.CorrectionNotice, new[] { "第三十条", "一次性", "视为放弃申请" })]
    [InlineData(LetterKind.ExtensionNotice, new[] { "第三十三条第二款", "最长不超过20个工作日", "政府信息公开工作机构负责人" })]
    [InlineData(LetterKind.ThirdPartyConsultation, new[] { "第三十二条", "15个工作日", "逾期未提出意见" })]
    [InlineData(LetterKind.FeeNotice, new[] { "第四十二条", "国办函〔2020〕109号", "收费标准" })]
    [InlineData(LetterKind.AnswerGranted, new[] { "第三十六条第（一）项、第（二）项" })]
    [InlineData(LetterKind.AnswerPartial, new[] { "第三十六条", "第三十七条", "区分处理" })]
    [InlineData(LetterKind.AnswerWithheld, new[] { "第三十六条第（三）项" })]
    [InlineData(LetterKind.AnswerUnavailable, new[] { "第三十六条第（四）项", "第（五）项", "第三十八条" })]
    [InlineData(LetterKind.AnswerRejected, new[] { "第三十六条第（六）项", "第三十五条", "第三十九条" })]
    [InlineData(LetterKind.AnswerOther, new[] { "第三十六条" })]
    public void Each_default_cites_the_articles_it_rests_on(LetterKind kind, string[] citations)
    {
        var text = LetterDocx.Text(LetterTemplates.Default(kind));

        Assert.Contains("《中华人民共和国政府信息公开条例》", text, StringComparison.Ordinal);
        Assert.All(citations, citation => Assert.Contains(citation, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Answer_letters_and_only_they_carry_the_remedies(LetterKind kind)
    {
        var text = LetterDocx.Text(LetterWriter.Render(LetterTemplates.Default(kind), LetterSamples.Fields));
        var remedies = "自收到本答复之日起60日内向" + LetterSamples.Fields[LetterFields.ReconsiderationBody] + "申请行政复议";

        if (LetterKinds.IsAnswer(kind))
        {
            Assert.Contains("第三十六条", text, StringComparison.Ordinal);
            Assert.Contains(remedies, text, StringComparison.Ordinal);
            Assert.Contains("向" + LetterSamples.Fields[LetterFields.Court] + "提起行政诉讼", text, StringComparison.Ordinal);
            Assert.Contains(LetterSamples.Fields[LetterFields.LegalBasis], text, StringComparison.Ordinal);
            Assert.Contains(LetterSamples.Fields[LetterFields.Reason], text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("行政复议", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(LetterKind.AnswerGranted)]
    [InlineData(LetterKind.AnswerUnavailable)]
    [InlineData(LetterKind.AnswerRejected)]
    [InlineData(LetterKind.AnswerOther)]
    public void An_answer_that_refuses_nothing_allows_a_suit_within_six_months(LetterKind kind)
    {
        var text = LetterDocx.Text(LetterTemplates.Default(kind));

        Assert.Contains("或者自收到本答复之日起6个月内向{{管辖法院}}提起行政诉讼", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_names_reconsideration_first_as_the_2023_reconsideration_law_requires()
    {
        var text = LetterDocx.Text(LetterTemplates.Default(LetterKind.AnswerWithheld));

        Assert.Contains("对行政复议决定不服的，可以自收到行政复议决定书之日起15日内向{{管辖法院}}提起行政诉讼", text, StringComparison.Ordinal);
        Assert.DoesNotContain("6个月", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_carries_the_agency_and_the_letter_and_the_signature_is_right_aligned()
    {
        var paragraphs = LetterDocx.BodyParagraphs(LetterWriter.Render(LetterTemplates.Default(LetterKind.ExtensionNotice), LetterSamples.Fields));

        Assert.Equal("某某市某某局\n政府信息公开申请延期答复告知书", LetterDocx.ParagraphText(paragraphs[0]));
        var (name, date) = (paragraphs[^2], paragraphs[^1]);
        Assert.Equal(["某某市某某局", "2026年3月9日"], [LetterDocx.ParagraphText(name), LetterDocx.ParagraphText(date)]);
        Assert.All([name, date], p => Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right, p.ParagraphProperties?.Justification?.Val?.Value));
    }

    [Fact]
    public void A_multi_line_value_prints_as_lines()
    {
        var text = LetterDocx.Text(LetterWriter.Render(LetterTemplates.Default(LetterKind.CorrectionNotice), LetterSamples.Fields));

        Assert.Contains("1. 请说明所需文件的形成年份；\n2. 请明确工程所在路段。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_acknowledgement_lists_the_application_in_a_table()
    {
        var rendered = LetterWriter.Render(LetterTemplates.Default(LetterKind.Acknowledgement), LetterSamples.Fields);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(rendered), false);
        var table = Assert.Single(package.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());

        Assert.Contains(LetterSamples.Fields[LetterFields.ApplicantId], table.InnerText, StringComparison.Ordinal);
        Assert.Contains(LetterSamples.Fields[LetterFields.FormOfProvision], table.InnerText, StringComparison.Ordinal);
    }
}
