using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;

namespace Gongkai.Core.Tests.Cases.Json;

/// <summary>A case's JSON: every step and value round-trips, and malformed JSON is refused in Chinese.</summary>
public sealed class CaseJsonTests
{
    private static readonly Gen<string> Text =
        Gen.Elements("张三", "某某市某某局", "李四", "a\"b", "\\路\n", "请写明文号", "", "某某有限公司", "13800000000")
            .ArrayOf().Select(parts => string.Concat(parts));

    private static readonly Gen<string?> OptionalText = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t));

    private static readonly Gen<DateOnly> Day = Gen.Choose(0, 4000).Select(d => new DateOnly(2019, 1, 1).AddDays(d));

    [Fact]
    public void Random_cases_with_every_kind_of_step_round_trip()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(600), Prop.ForAll(CaseGen().ToArbitrary(), c =>
        {
            var json = CaseJson.Write(c);
            var back = CaseJson.Read(json);
            Assert.Equal(c.Steps, back.Steps);
            Assert.Equal(c.Attachments, back.Attachments);
            Assert.Equal(c, back with { Steps = c.Steps, Attachments = c.Attachments });
            Assert.Equal(json, CaseJson.Write(back));
        }));
    }

    [Fact]
    public void Random_appeals_round_trip()
    {
        var appeals =
            from kind in Gen.Elements(Enum.GetValues<AppealKind>())
            from result in Gen.Elements(Enum.GetValues<AppealResult>())
            from filed in Day
            from decided in Gen.OneOf(Gen.Constant<DateOnly?>(null), Day.Select(d => (DateOnly?)d))
            from id in Text
            select new CaseAppeal("a" + id, "c" + id, kind, filed, result, decided);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(appeals.ToArbitrary(), a => Assert.Equal(a, CaseJson.ReadAppeal(CaseJson.Write(a)))));
    }

    [Fact]
    public void Writes_dates_as_days_enums_as_camel_case_and_steps_with_their_name()
    {
        var c = CaseFixtures.NewCase(kind: ApplicantKind.LegalService)
            .Then(new CorrectionRequested(new DateOnly(2024, 3, 5), CaseFixtures.Clerk, "请写明文号", new DateOnly(2024, 3, 20)));

        var json = CaseJson.Write(c);

        Assert.Contains("\"received\":\"2024-03-04\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"legalService\"", json, StringComparison.Ordinal);
        Assert.Contains("\"channel\":\"inPerson\"", json, StringComparison.Ordinal);
        Assert.Contains("\"step\":\"correctionRequested\"", json, StringComparison.Ordinal);
        Assert.Contains("\"supplementDue\":\"2024-03-20\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("不是 JSON")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"c1\"}")]
    public void Refuses_malformed_json_in_chinese(string json)
    {
        var error = Assert.Throws<CaseJsonException>(() => CaseJson.Read(json));
        Assert.Contains("案件", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"step\":\"approved\",\"date\":\"2024-03-05\",\"by\":\"李四\"}", "无法识别的办理步骤")]
    [InlineData("{\"step\":\"feePaid\",\"date\":\"2024/03/05\",\"by\":\"李四\"}", "不是日期")]
    [InlineData("{\"step\":\"decided\",\"date\":\"2024-03-05\",\"by\":\"李四\",\"outcome\":\"granted!\",\"basis\":\"x\"}", "无法识别")]
    [InlineData("{\"step\":\"feeNoticed\",\"date\":\"2024-03-05\",\"by\":\"李四\",\"mode\":\"perItem\",\"quantity\":\"三\",\"amountYuan\":1}", "类型不对")]
    [InlineData("{\"date\":\"2024-03-05\",\"by\":\"李四\"}", "缺少字段")]
    public void Refuses_an_unknown_or_malformed_step(string step, string expected)
    {
        var json = CaseJson.Write(CaseFixtures.NewCase()).Replace("\"steps\":[]", $"\"steps\":[{step}]", StringComparison.Ordinal);

        var error = Assert.Throws<CaseJsonException>(() => CaseJson.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_every_enum_value_and_reads_it_back()
    {
        Assert.All(Enum.GetValues<CaseOutcome>(), o => Assert.Equal(o, CaseJson.ValueOf<CaseOutcome>(CaseJson.NameOf(o))));
        Assert.Equal("unavailableNotHeld", CaseJson.NameOf(CaseOutcome.UnavailableNotHeld));
        Assert.Throws<CaseJsonException>(() => CaseJson.ValueOf<ApplicantKind>("NaturalPerson"));
    }

    private static Gen<RequestCase> CaseGen() =>
        from kind in Gen.Elements(Enum.GetValues<ApplicantKind>())
        from channel in Gen.Elements(Enum.GetValues<SubmissionChannel>())
        from name in Text
        from id in OptionalText
        from contact in OptionalText
        from arrived in Day
        from confirmed in Gen.OneOf(Gen.Constant<DateOnly?>(null), Day.Select(d => (DateOnly?)d))
        from content in Text
        from form in OptionalText
        from attachments in Text.ListOf()
        from assignee in OptionalText
        from steps in StepGen().ListOf()
        select new RequestCase
        {
            Id = "c" + name,
            UnitId = "某某市某某局",
            Number = "依申请〔2024〕" + content,
            Applicant = new Applicant(kind, name, id, contact, form),
            Channel = channel,
            Arrived = arrived,
            Confirmed = confirmed,
            Received = arrived.AddDays(1),
            Content = content,
            ProvisionForm = form,
            Attachments = [.. attachments],
            Assignee = assignee,
            Steps = [.. steps],
        };

    private static Gen<CaseStep> StepGen()
    {
        var party = Gen.Elements(Enum.GetValues<ConsultationParty>());
        return Gen.OneOf(
            from d in Day from who in Text from items in Text from due in Day select (CaseStep)new CorrectionRequested(d, who, items, due),
            from d in Day from who in Text select (CaseStep)new CorrectionSupplied(d, who),
            from d in Day from who in Text select (CaseStep)new CorrectionLapsed(d, who),
            from d in Day from who in Text from p in party from n in Text select (CaseStep)new ConsultationStarted(d, who, p, n),
            from d in Day from who in Text from p in party select (CaseStep)new ConsultationAnswered(d, who, p),
            from d in Day from who in Text from m in Gen.Elements(Enum.GetValues<FeeMode>()) from q in Gen.Choose(0, 5000)
            from cents in Gen.Choose(0, 1_000_000) select (CaseStep)new FeeNoticed(d, who, m, q, cents / 100m),
            from d in Day from who in Text select (CaseStep)new FeePaid(d, who),
            from d in Day from who in Text select (CaseStep)new FeeLapsed(d, who),
            from d in Day from who in Text from w in Gen.Choose(1, 20) from a in Text from r in Text select (CaseStep)new Extended(d, who, w, a, r),
            from d in Day from who in Text from o in Gen.Elements(Enum.GetValues<CaseOutcome>()) from b in Text from r in OptionalText
            select (CaseStep)new Decided(d, who, o, b, r),
            from d in Day from who in Text from m in Text select (CaseStep)new Delivered(d, who, m),
            from d in Day from who in Text from r in OptionalText select (CaseStep)new Withdrawn(d, who, r));
    }
}
