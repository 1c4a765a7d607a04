using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>
/// Finds the case a user names: by its id, or by the number staff know it by (申请编号, unique within a unit), when
/// exactly one case in the caller's scope carries it — a 填报单位 never meets two, a 系统管理员 may (then the id).
/// </summary>
internal static class CaseLookup
{
    public static StoredCase? Find(ReportStore store, string idOrNumber, AccessScope scope, out UseCaseFailure? failure)
    {
        failure = null;
        var key = idOrNumber.Trim();
        if (store.Cases.Get(key, scope) is { } byId)
        {
            return byId;
        }

        var numbered = store.Cases.List(new CaseQuery { Text = key, PageSize = 50 }, scope).Where(c => c.Number == key).ToList();
        switch (numbered.Count)
        {
            case 1:
                return store.Cases.Get(numbered[0].Id, scope);
            case 0:
                failure = CaseAccess.CaseNotFound(key);
                return null;
            default:
                failure = new(FailureKind.BadUsage, $"有 {numbered.Count} 个单位的申请编号都是 {key}（{string.Join("、", numbered.Select(c => c.UnitId))}）：请改用申请的内部编号（{string.Join("、", numbered.Select(c => c.Id))}）。");
                return null;
        }
    }
}
