using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Web.Tests.Pages.Cases;

/// <summary>The demo's cases (Demo/DemoCases) as the tests find them in the application's store.</summary>
internal static class CaseFixtures
{
    /// <summary>The id of <paramref name="unitCode"/>'s case of <paramref name="applicant"/>.</summary>
    public static string CaseOf(this WebAppFixture app, string unitCode, string applicant)
    {
        using var store = app.OpenStore();
        return store.Cases.List(new CaseQuery { UnitId = unitCode, Text = applicant }, AccessScope.All).First().Id;
    }

    /// <summary>The stored case <paramref name="id"/> with its version.</summary>
    public static StoredCase Stored(this WebAppFixture app, string id)
    {
        using var store = app.OpenStore();
        return store.Cases.Get(id, AccessScope.All)!;
    }

    /// <summary>The form fields of a registration for <paramref name="unitCode"/> by <paramref name="applicant"/>, in person today.</summary>
    public static Dictionary<string, string> Registration(string unitCode, string applicant) => new()
    {
        ["Form.UnitId"] = unitCode,
        ["Form.ApplicantKind"] = "NaturalPerson",
        ["Form.ApplicantName"] = applicant,
        ["Form.Channel"] = "InPerson",
        ["Form.Arrived"] = Today(),
        ["Form.Content"] = "某街道2025年道路维修工程的招标文件。",
    };

    /// <summary>Today in UTC+8, as the forms post dates.</summary>
    public static string Today() => Gongkai.Application.Cases.CaseToday.Now().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
