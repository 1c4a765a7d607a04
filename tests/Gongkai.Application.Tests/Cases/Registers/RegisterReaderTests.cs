using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Application.Cases.Registers;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;

namespace Gongkai.Application.Tests.Cases.Registers;

public sealed class RegisterReaderTests
{
    private const string Unit = "QC-YJ";
    private static readonly Dictionary<string, string> NoMapping = [];

    [Fact]
    public void Random_cases_written_as_a_register_workbook_read_back_as_the_same_cases()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Gen.Choose(0, int.MaxValue).ArrayOf().ToArbitrary(), seeds =>
        {
            var cases = seeds.Take(30).Select((seed, i) => RandomCases.Make(seed, Unit, i)).ToList();

            var read = RegisterReader.Read(Workbook(cases), "台账.xlsx", NoMapping, Unit, "导入人");

            Assert.Empty(read.Problems);
            Assert.All(read.Rows, r => Assert.Empty(r.Errors));
            Assert.Equal(cases.Select(CaseJson.Write), read.Rows.Select(r => CaseJson.Write(r.Case!)));
        }));
    }

    [Fact]
    public void The_template_has_the_register_sheet_with_every_header_and_reads_as_an_empty_register()
    {
        var read = RegisterReader.Read(Workbook([]), "模板.xlsx", NoMapping, Unit, "导入人");

        Assert.Empty(read.Problems);
        Assert.Empty(read.Rows);
        Assert.Empty(read.IgnoredHeaders);
    }

    [Fact]
    public void An_agencys_own_csv_with_its_own_headers_a_title_row_and_a_mapping_is_read()
    {
        var csv = """
            青川县应急管理局2024年依申请公开登记表,,,,,,,
            序号,登记号,收件日期,申请人,类别,渠道,申请公开的内容,处理结果,办结时间,承办人
            1,QC-001,2024/3/5,张某某,自然人,当面,"安全检查记录,2023年",全部公开,2024年3月12日,王某某
            2,QC-002,2024.3.6,某某有限公司,商业企业,挂号信,事故调查报告,（三）不予公开 4．保护第三方合法权益,2024-03-20,王某某
            3,QC-003,45363,李某,自然人,当面提交,应急预案,,,王某某
            """;
        var problems = new List<string>();
        var mapping = RegisterHeaderMap.ParseMapping(["登记号=申请编号", "类别=申请人类型"], problems);

        var read = RegisterReader.Read(Encoding.UTF8.GetBytes(csv), "登记表.csv", mapping, Unit, "导入人");

        Assert.Empty(problems);
        Assert.Empty(read.Problems);
        Assert.Contains("序号", read.IgnoredHeaders);
        Assert.All(read.Rows, r => Assert.Empty(r.Errors));
        var cases = read.Rows.Select(r => r.Case!).ToList();
        Assert.Equal(["QC-001", "QC-002", "QC-003"], cases.Select(c => c.Number));
        Assert.Equal(new DateOnly(2024, 3, 5), cases[0].Received);
        Assert.Equal("安全检查记录,2023年", cases[0].Content);
        Assert.Equal(CaseOutcome.Granted, cases[0].Outcome);
        Assert.Equal(new DateOnly(2024, 3, 12), cases[0].ClosedOn);
        Assert.Equal(CaseOutcome.WithheldThirdParty, cases[1].Outcome);
        Assert.Equal(ApplicantKind.Commercial, cases[1].Applicant.Kind);
        Assert.Equal(SubmissionChannel.SignedPost, cases[1].Channel);
        // An Excel serial day, as a CSV saved from a date cell without its format shows it.
        Assert.Equal(new DateOnly(2024, 3, 12), cases[2].Arrived);
        Assert.Null(cases[2].Outcome);
        Assert.Equal("王某某", cases[0].Steps[0].By);
    }

    [Fact]
    public void A_value_not_in_the_list_is_an_error_naming_the_row_the_column_and_the_allowed_values()
    {
        var csv = "申请编号,收到申请日期,申请人类型,申请人姓名/名称,申请方式,申请内容\n" +
            "A-1,2024-03-05,公司,某某公司,当面,文件\n" +
            "A-2,2024-02-30,自然人,张某某,当面,文件\n";

        var read = RegisterReader.Read(Encoding.UTF8.GetBytes(csv), "台账.csv", NoMapping, Unit, "导入人");

        Assert.Equal("第 2 行「申请人类型」：“公司” 不是可选值（可选：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）。", Assert.Single(read.Rows[0].Errors));
        Assert.Contains("第 3 行「收到申请日期」：“2024-02-30” 不是日期", Assert.Single(read.Rows[1].Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_history_is_the_rows_error_in_the_workflows_words()
    {
        var csv = "申请编号,收到申请日期,申请人类型,申请人姓名/名称,申请方式,申请内容,经办人,办理结果,答复日期,送达日期\n" +
            "A-1,2024-03-05,自然人,张某某,当面,文件,王某某,予以公开,2024-03-01,\n" +
            "A-2,2024-03-05,自然人,张某某,当面,文件,王某某,,,2024-03-08\n" +
            "A-1,2024-03-05,自然人,张某某,当面,文件,王某某,,,\n";

        var read = RegisterReader.Read(Encoding.UTF8.GetBytes(csv), "台账.csv", NoMapping, Unit, "导入人");

        Assert.Contains("第 2 行（答复 2024-03-01）：日期 2024-03-01 早于收到申请之日 2024-03-05。", read.Rows[0].Errors);
        Assert.Contains("第 3 行（送达 2024-03-08）：尚未作出答复，不能登记送达。", read.Rows[1].Errors);
        Assert.Equal("第 4 行「申请编号」：“A-1” 与第 2 行重复。", Assert.Single(read.Rows[2].Errors));
    }

    [Fact]
    public void A_file_that_is_not_a_register_is_refused_naming_it()
    {
        Assert.Contains("旧版 Excel", Assert.Single(RegisterReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "旧表.xls", NoMapping, Unit, "u").Problems), StringComparison.Ordinal);
        Assert.StartsWith("随便.csv：前 10 行中找不到登记台账的表头", Assert.Single(RegisterReader.Read(Encoding.UTF8.GetBytes("a,b\n1,2\n"), "随便.csv", NoMapping, Unit, "u").Problems), StringComparison.Ordinal);
        Assert.StartsWith("坏.xlsx：", Assert.Single(RegisterReader.Read([(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 0], "坏.xlsx", NoMapping, Unit, "u").Problems), StringComparison.Ordinal);
    }

    internal static byte[] Workbook(IEnumerable<RequestCase> cases)
    {
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(stream, cases);
        return stream.ToArray();
    }
}
