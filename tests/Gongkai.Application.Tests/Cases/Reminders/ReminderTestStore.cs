using Gongkai.Core.Cases;
using Gongkai.Store;
using Gongkai.Store.Cases;
using Gongkai.Store.Registry;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Cases.Reminders;

/// <summary>A store with two units and cases due at chosen days, for the reminder tests.</summary>
internal static class ReminderTestStore
{
    public static readonly RegisteredUnit Unit = new("QC-YJ", "青川县应急管理局", "部门", "某某省/青川县", null, []);
    public static readonly RegisteredUnit Other = new("QC-JY", "青川县教育局", "部门", "某某省/青川县", null, []);

    /// <summary>Wednesday 2 December 2026: the reminders' today.</summary>
    public static readonly DateOnly Today = new(2026, 12, 2);

    public static TestStore Create(out ReportStore store)
    {
        var test = TestStore.Create("sqlite");
        store = test.Open();
        store.ImportRegistry([Unit, Other]);
        Add(store, Unit.Code, "2026-0012", "张某某", new DateOnly(2026, 12, 7), open: true);   // Monday: 3 working days left
        Add(store, Unit.Code, "2026-0009", "李某", new DateOnly(2026, 11, 30), open: true);    // Monday before: 2 working days late
        Add(store, Unit.Code, "2026-0013", "王某", new DateOnly(2026, 12, 31), open: true);    // far off
        Add(store, Unit.Code, "2026-0008", "赵某", new DateOnly(2026, 11, 20), open: false);   // closed
        Add(store, Other.Code, "2026-0003", "钱某", new DateOnly(2026, 12, 2), open: true);    // due today
        return test;
    }

    private static void Add(ReportStore store, string unit, string number, string applicant, DateOnly due, bool open)
    {
        var received = new DateOnly(2026, 11, 2);
        var c = new RequestCase
        {
            Id = unit + number,
            UnitId = unit,
            Number = number,
            Applicant = new Applicant(ApplicantKind.NaturalPerson, applicant, null, null, null),
            Channel = SubmissionChannel.InPerson,
            Arrived = received,
            Received = received,
            Content = "安全生产检查记录",
            Assignee = "王某某",
        };
        if (!open)
        {
            c = CaseWorkflow.Apply(c, new Decided(received.AddDays(3), "王某某", CaseOutcome.Granted, CaseOutcomes.Basis(CaseOutcome.Granted), null));
        }

        if (store.Cases.Insert(c, due, "测试").Outcome != CaseSaveOutcome.Saved)
        {
            throw new InvalidOperationException("The test case was not stored.");
        }
    }
}
