using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Application.Cases.Letters;
using Gongkai.Application.Cases.Profiles;
using Gongkai.Reporting.Letters;

namespace Gongkai.Application.Tests.Cases;

public sealed class EditCaseProfileTests
{
    [Fact]
    public void An_uploaded_template_is_used_for_its_kind_until_it_is_reset()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();
        var upload = new LetterTemplateUpload(LetterKind.Acknowledgement, "回执.docx", Docx("本局回执：{{申请人}}，编号{{申请编号}}"));

        var before = GetLetterTemplate.Run(fixture.Store, new GetLetterTemplateOptions { Scope = CaseFixture.Own, UnitId = CaseFixture.Emergency.Code, Kind = LetterKind.Acknowledgement });
        var edited = EditCaseProfile.Run(fixture.Store, Options() with { Templates = [upload] });
        var after = GetLetterTemplate.Run(fixture.Store, new GetLetterTemplateOptions { Scope = CaseFixture.Own, UnitId = CaseFixture.Emergency.Code, Kind = LetterKind.Acknowledgement });
        var own = GenerateLetter.Run(fixture.Store, Letter(c.Case.Id)).Letter!;
        EditCaseProfile.Run(fixture.Store, Options() with { ResetTemplates = [LetterKind.Acknowledgement] });
        var reset = GenerateLetter.Run(fixture.Store, Letter(c.Case.Id)).Letter!;

        Assert.Null(edited.Failure);
        Assert.False(before.IsOwn);
        Assert.Equal("受理回执-模板.docx", before.FileName);
        Assert.Equal(LetterTemplates.Default(LetterKind.Acknowledgement).Length, before.Docx!.Length);
        Assert.True(after.IsOwn);
        Assert.Equal("回执.docx", after.FileName);
        Assert.Equal(upload.Content, after.Docx);
        Assert.Equal(["acknowledgement"], edited.Profile!.Templates.Select(t => t.Kind));
        Assert.Equal("本局回执：张某某，编号2026-0001", CaseFixture.Text(own.Docx));
        Assert.Empty(own.Warnings);
        Assert.Contains(LetterKinds.Title(LetterKind.Acknowledgement), CaseFixture.Text(reset.Docx), StringComparison.Ordinal);
        Assert.Empty(GetCaseProfile.Run(fixture.Store, new GetCaseProfileOptions { Scope = CaseFixture.Own, UnitId = CaseFixture.Emergency.Code }).Profile!.Templates);
    }

    [Fact]
    public void A_template_with_an_unknown_placeholder_is_refused_in_chinese_and_nothing_is_saved()
    {
        using var fixture = new CaseFixture();
        var upload = new LetterTemplateUpload(LetterKind.CorrectionNotice, "补正.docx", Docx("{{申请人姓名}}"));

        var result = EditCaseProfile.Run(fixture.Store, Options() with { Changes = new CaseProfileChanges { Court = "青川县人民法院" }, Templates = [upload] });

        Assert.Equal(FailureKind.UnusableInput, result.Failure?.Kind);
        Assert.Contains("补正.docx", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("申请人姓名", result.Failure.Message, StringComparison.Ordinal);
        Assert.Null(fixture.Store.CaseProfiles.Get(CaseFixture.Emergency.Code));
    }

    [Fact]
    public void Changes_keep_the_values_not_given_and_clear_those_given_empty_and_a_regional_administrator_may_not_edit()
    {
        using var fixture = new CaseFixture();
        EditCaseProfile.Run(fixture.Store, Options() with { Changes = new CaseProfileChanges { Court = "青川县人民法院", Handler = "赵某某", ReminderEmail = "gk@qc.example.cn" } });

        var second = EditCaseProfile.Run(fixture.Store, Options() with { Changes = new CaseProfileChanges { Handler = "", AgencyName = "青川县应急管理局（政务公开办）" } });
        var regional = EditCaseProfile.Run(fixture.Store, Options() with { Scope = CaseFixture.County });
        var badMail = EditCaseProfile.Run(fixture.Store, Options() with { Changes = new CaseProfileChanges { ReminderEmail = "gk.qc.example.cn" } });

        var profile = second.Profile!;
        Assert.Equal("青川县人民法院", profile.Profile.Court);
        Assert.Null(profile.Profile.Handler);
        Assert.Equal("gk@qc.example.cn", profile.Profile.ReminderEmail);
        Assert.Equal("青川县应急管理局（政务公开办）", profile.AgencyName);
        Assert.Equal(FailureKind.Forbidden, regional.Failure?.Kind);
        Assert.Equal(FailureKind.UnusableInput, badMail.Failure?.Kind);
    }

    private static EditCaseProfileOptions Options() => new() { Scope = CaseFixture.Own, User = CaseFixture.Clerk, UnitId = CaseFixture.Emergency.Code };

    private static GenerateLetterOptions Letter(string caseId) => new()
    {
        Scope = CaseFixture.Own,
        User = CaseFixture.Clerk,
        CaseId = caseId,
        Kind = LetterKind.Acknowledgement,
        Today = CaseFixture.Monday,
    };

    // A one-paragraph DOCX, as an agency's own edited template.
    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
