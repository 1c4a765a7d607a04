using Gongkai.Store.Cases;

namespace Gongkai.Store;

/// <summary>The cases of 依申请公开 (migration 0010).</summary>
public sealed partial class ReportStore
{
    /// <summary>The cases, each read within the caller's scope.</summary>
    public CaseRepository Cases => new(_db);
}
