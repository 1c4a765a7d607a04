using Gongkai.Store.Cases;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests.Cases;

/// <summary>The units' case profiles and own letter templates (migration 0011) on both engines.</summary>
public sealed class CaseProfileRepositoryTests
{
    private static readonly RegisteredUnit Own = new("QC-YJ", "青川县应急管理局", "部门", "江南省/青川县", null, []);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_profile_is_saved_whole_and_read_back_and_a_unit_without_one_has_none(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);
        var profile = new CaseProfile(Own.Code, null, "青川县人民政府", "青川县人民法院", "0000-12345678", "青川路1号", "赵某某", "gk@qc.example.cn");

        store.CaseProfiles.Save(profile, "赵某某");
        store.CaseProfiles.Save(profile with { Handler = null, Court = "白水市中级人民法院" }, "钱某某");

        Assert.Equal(profile with { Handler = null, Court = "白水市中级人民法院" }, store.CaseProfiles.Get(Own.Code));
        Assert.Null(store.CaseProfiles.Get("QC-JY"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_template_replaces_the_one_before_for_its_kind_and_a_reset_drops_it(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);

        store.CaseProfiles.SaveTemplate(Own.Code, "acknowledgement", "回执1.docx", [1, 2, 3], "赵某某");
        store.CaseProfiles.SaveTemplate(Own.Code, "acknowledgement", "回执2.docx", [4, 5], "钱某某");
        store.CaseProfiles.SaveTemplate(Own.Code, "correctionNotice", "补正.docx", [6], "钱某某");

        Assert.Equal([4, 5], store.CaseProfiles.TemplateContent(Own.Code, "acknowledgement"));
        Assert.Equal(["回执2.docx", "补正.docx"], store.CaseProfiles.Templates(Own.Code).Select(t => t.FileName));
        Assert.True(store.CaseProfiles.ResetTemplate(Own.Code, "acknowledgement"));
        Assert.False(store.CaseProfiles.ResetTemplate(Own.Code, "acknowledgement"));
        Assert.Null(store.CaseProfiles.TemplateContent(Own.Code, "acknowledgement"));
    }
}
