using Gongkai.Application.Cases.Letters;
using Gongkai.Application.Cases.Profiles;
using Gongkai.Core.Cases;
using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Cases;

public sealed class GenerateLetterTests
{
    private static readonly DateOnly Monday = CaseFixture.Monday;

    [Fact]
    public void A_correction_notice_carries_the_cases_number_applicant_due_date_and_points_and_is_stored()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Took(fixture.Register(), new CorrectionRequested(Monday.AddDays(2), CaseFixture.Clerk, "请写明所需信息的文号", Monday.AddDays(11)));

        var result = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.CorrectionNotice));

        Assert.Null(result.Failure);
        var text = CaseFixture.Text(result.Letter!.Docx);
        Assert.Contains("2026-0001", text, StringComparison.Ordinal);
        Assert.Contains("张某某", text, StringComparison.Ordinal);
        Assert.Contains("请写明所需信息的文号", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月13日", text, StringComparison.Ordinal); // the supplement period granted
        Assert.Contains("青川县应急管理局", text, StringComparison.Ordinal);
        Assert.Equal("补正告知书-2026-0001.docx", result.Letter.FileName);
        Assert.Contains("张某某", result.Letter.Html, StringComparison.Ordinal);
        var stored = GetLetter.Run(fixture.Store, new GetLetterOptions { Scope = CaseFixture.County, CaseId = c.Case.Id, LetterId = result.Letter.Id });
        Assert.Equal(result.Letter.Docx, stored.Docx);
        Assert.Equal("correctionNotice", stored.Letter!.Kind);
    }

    [Fact]
    public void The_acknowledgement_prints_the_answer_due_date()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var letter = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement)).Letter!;

        Assert.Contains("2026年3月30日", CaseFixture.Text(letter.Docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_case_lacks_stays_visible_as_its_placeholder_and_is_warned_about_and_a_given_value_fills_it()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var bare = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement)).Letter!;
        var filled = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement) with
        {
            Values = new Dictionary<string, string> { [LetterFields.DocumentNumber] = "青应急受〔2026〕1号" },
        }).Letter!;
        var unknown = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement) with
        {
            Values = new Dictionary<string, string> { ["文号"] = "x" },
        });

        Assert.Contains("{{文书编号}}", CaseFixture.Text(bare.Docx), StringComparison.Ordinal);
        Assert.Contains(bare.Warnings, w => w.Contains("文书编号", StringComparison.Ordinal) && w.Contains("手工填写", StringComparison.Ordinal));
        Assert.Contains("青应急受〔2026〕1号", CaseFixture.Text(filled.Docx), StringComparison.Ordinal);
        Assert.DoesNotContain(filled.Warnings, w => w.Contains("文书编号", StringComparison.Ordinal));
        Assert.Equal(FailureKind.BadUsage, unknown.Failure?.Kind);
        Assert.Contains("文号", unknown.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_units_profile_fills_the_telephone_and_the_agency_name_defaults_to_the_registry_name()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();
        var edited = EditCaseProfile.Run(fixture.Store, new EditCaseProfileOptions
        {
            Scope = CaseFixture.Own,
            User = CaseFixture.Clerk,
            UnitId = CaseFixture.Emergency.Code,
            Changes = new CaseProfileChanges { Telephone = "0000-12345678", ReconsiderationBody = "青川县人民政府" },
        });
        Assert.Null(edited.Failure);

        var letter = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement)).Letter!;

        Assert.Contains("0000-12345678", CaseFixture.Text(letter.Docx), StringComparison.Ordinal);
        Assert.Equal("青川县应急管理局", edited.Profile!.AgencyName);
    }

    [Fact]
    public void A_regional_administrator_may_not_generate_a_letter()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var result = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement) with { Scope = CaseFixture.County });
        var outside = GenerateLetter.Run(fixture.Store, Options(c.Case.Id, LetterKind.Acknowledgement) with { Scope = AccessScope.Region("江北省") });

        Assert.Equal(FailureKind.Forbidden, result.Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, outside.Failure?.Kind);
    }

    private static GenerateLetterOptions Options(string caseId, LetterKind kind) => new()
    {
        Scope = CaseFixture.Own,
        User = CaseFixture.Clerk,
        CaseId = caseId,
        Kind = kind,
        Today = Monday,
    };
}
