using Gongkai.Store.Reviews;

namespace Gongkai.Store;

/// <summary>The review of findings (migration 0005).</summary>
public sealed partial class ReportStore
{
    /// <summary>The findings' reviews: assignment, confirmation, dismissal, resolution.</summary>
    public FindingReviewRepository Reviews => new(_db);
}
