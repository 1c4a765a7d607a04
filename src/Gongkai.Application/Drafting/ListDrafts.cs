using Gongkai.Store;
using Gongkai.Store.Drafts;

namespace Gongkai.Application.Drafting;

/// <summary>The drafts the caller may open (a 填报单位 its own unit's, a 区域管理员 its region's), the most recently saved first.</summary>
public static class ListDrafts
{
    /// <summary>The drafts in <paramref name="scope"/>.</summary>
    public static IReadOnlyList<StoredDraft> Run(ReportStore store, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        return store.Drafts.List(scope);
    }
}
