using DocumentFormat.OpenXml.Packaging;
using Gongkai.Application.Cases;
using Gongkai.Core.Cases;
using Gongkai.Store;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Tests.Cases;

/// <summary>A temporary SQLite store with three fictional units, and helpers to register cases in it.</summary>
internal sealed class CaseFixture : IDisposable
{
    public const string Clerk = "王某某";
    public static readonly RegisteredUnit Emergency = new("QC-YJ", "青川县应急管理局", "部门", "江南省/青川县", null, []);
    public static readonly RegisteredUnit Education = new("QC-JY", "青川县教育局", "部门", "江南省/青川县", null, []);
    public static readonly RegisteredUnit Elsewhere = new("BS-ZJ", "白水市住房和城乡建设局", "部门", "江北省/白水市", null, []);
    public static readonly AccessScope Own = AccessScope.Unit(Emergency.Code);
    public static readonly AccessScope County = AccessScope.Region("江南省/青川县");

    /// <summary>Monday 2 March 2026: no holiday in the 20 working days after it (due 30 March).</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    private readonly SampleStore _samples = new(registry: false);

    public CaseFixture()
    {
        Store.ImportRegistry([Emergency, Education, Elsewhere]);
    }

    public ReportStore Store => _samples.Store;

    public static Applicant Zhang => new(ApplicantKind.NaturalPerson, "张某某", "身份证 110101199001011234", "13800000000", "江南省青川县青川路1号");

    public RegisterCaseOptions Registration(string unit = "QC-YJ", AccessScope? scope = null) => new()
    {
        Scope = scope ?? Own,
        User = Clerk,
        UnitId = unit,
        Applicant = Zhang,
        Channel = SubmissionChannel.InPerson,
        Arrived = Monday,
        Content = "2025年度青川县安全生产检查计划",
        ProvisionForm = "电子邮件",
        Today = Monday,
    };

    public CaseView Register(RegisterCaseOptions? options = null)
    {
        var result = RegisterCase.Run(Store, options ?? Registration());
        Assert.Null(result.Failure);
        return result.Case!;
    }

    public CaseResult Step(CaseView c, CaseStep step, AccessScope? scope = null, bool letter = false, int? version = null) =>
        RecordCaseStep.Run(Store, new RecordCaseStepOptions
        {
            Scope = scope ?? Own,
            User = Clerk,
            CaseId = c.Case.Id,
            ExpectedVersion = version ?? c.Version,
            Step = step,
            GenerateLetter = letter,
            Today = step.Date,
        });

    public CaseView Took(CaseView c, CaseStep step)
    {
        var result = Step(c, step);
        Assert.Null(result.Failure);
        return result.Case!;
    }

    /// <summary>The text of a DOCX's body, paragraphs joined by line breaks.</summary>
    public static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    public void Dispose() => _samples.Dispose();
}
