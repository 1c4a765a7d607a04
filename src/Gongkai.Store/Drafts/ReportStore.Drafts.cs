using Gongkai.Store.Drafts;

namespace Gongkai.Store;

/// <summary>The drafts of 在线填报 (migration 0007).</summary>
public sealed partial class ReportStore
{
    /// <summary>The drafts, each read and written within the caller's scope.</summary>
    public DraftRepository Drafts => new(_db);
}
