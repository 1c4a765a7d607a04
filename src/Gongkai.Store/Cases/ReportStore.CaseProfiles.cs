using Gongkai.Store.Cases;

namespace Gongkai.Store;

/// <summary>The units' case profiles and letter templates (migration 0011).</summary>
public sealed partial class ReportStore
{
    /// <summary>Each unit's particulars for its letters, and its own letter templates.</summary>
    public CaseProfileRepository CaseProfiles => new(_db);
}
