using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Store.Tests.Cases;

// The records kept beside a case: its appeals, its letters, and the holiday calendar.
public sealed partial class CaseRepositoryTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Keeps_appeals_by_case_and_by_unit_and_year_in_scope(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        store.Cases.Insert(NewCase("c1", new DateOnly(2024, 3, 4)), null, Clerk);
        var first = new CaseAppeal("a1", "c1", AppealKind.Reconsideration, new DateOnly(2024, 5, 6), AppealResult.Pending, null);
        var second = new CaseAppeal("a2", "c1", AppealKind.LitigationDirect, new DateOnly(2025, 1, 8), AppealResult.Upheld, new DateOnly(2025, 4, 1));

        Assert.True(store.Cases.InsertAppeal(first));
        Assert.True(store.Cases.InsertAppeal(second));
        Assert.False(store.Cases.InsertAppeal(first));
        Assert.False(store.Cases.InsertAppeal(first with { Id = "a3", CaseId = "c9" }));
        var decided = first with { Result = AppealResult.Corrected, Decided = new DateOnly(2024, 8, 1) };
        Assert.True(store.Cases.UpdateAppeal(decided));

        Assert.Equal([decided, second], store.Cases.AppealsOf("c1", OwnUnit));
        Assert.Equal([second], store.Cases.Appeals(Own.Code, 2025, OwnUnit));
        Assert.Empty(store.Cases.AppealsOf("c1", AccessScope.Unit(Other.Code)));
        Assert.Empty(store.Cases.Appeals(Own.Code, 2024, AccessScope.Public));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Keeps_letters_and_lists_them_without_content_in_scope(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        store.Cases.Insert(NewCase("c1", new DateOnly(2024, 3, 4)), null, Clerk);
        byte[] file = [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF];

        var id = store.Cases.AddLetter("c1", "correctionNotice", "补正告知书.docx", file, Clerk);

        Assert.NotNull(id);
        Assert.Null(store.Cases.AddLetter("c9", "correctionNotice", "补正告知书.docx", file, Clerk));
        var letter = Assert.Single(store.Cases.Letters("c1", OwnUnit));
        Assert.Equal((id.Value, "correctionNotice", "补正告知书.docx", Clerk), (letter.Id, letter.Kind, letter.FileName, letter.CreatedBy));
        Assert.Equal(file, store.Cases.LetterContent(id.Value, OwnUnit));
        Assert.Null(store.Cases.LetterContent(id.Value, AccessScope.Unit(Other.Code)));
        Assert.Empty(store.Cases.Letters("c1", AccessScope.Public));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Replaces_a_regions_calendar_for_one_year_only(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        const string Source = "某某通知（虚构）";
        var y2024 = new CalendarEntry(new DateOnly(2024, 10, 1), CalendarDayKind.Holiday, "国庆节", Source);
        var old = new CalendarEntry(new DateOnly(2025, 10, 1), CalendarDayKind.Holiday, "国庆节", Source);
        var workday = new CalendarEntry(new DateOnly(2025, 9, 28), CalendarDayKind.Workday, "国庆节调休上班", Source);
        var regional = new CalendarEntry(new DateOnly(2025, 3, 3), CalendarDayKind.Holiday, "某某节", Source);

        store.Cases.ReplaceCalendar("", 2024, [y2024]);
        store.Cases.ReplaceCalendar("", 2025, [old]);
        store.Cases.ReplaceCalendar("某某省", 2025, [regional]);
        store.Cases.ReplaceCalendar("", 2025, [old, workday]);

        Assert.Equal([y2024, workday, old], store.Cases.Calendar(""));
        Assert.Equal([regional], store.Cases.Calendar("某某省"));
        Assert.Throws<ArgumentException>(() => store.Cases.ReplaceCalendar("", 2026, [old]));
    }
}
