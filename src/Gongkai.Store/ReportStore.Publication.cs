using Gongkai.Store.Accounts;

namespace Gongkai.Store;

/// <summary>Publishing and withdrawing (撤回) a report: what <see cref="AccessScope.Public"/> lets anyone read.</summary>
public sealed partial class ReportStore
{
    /// <summary>
    /// Publishes the report <paramref name="reportId"/> in the name of <paramref name="actor"/>, or withdraws it. The
    /// caller has found the report through the caller's scope; this only writes.
    /// </summary>
    /// <returns>Whether the state changed (publishing a published report, or withdrawing a withdrawn one, does not).</returns>
    public bool SetPublished(long reportId, bool published, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return published
            ? _db.Execute("UPDATE reports SET published_at = @t, published_by = @by WHERE id = @r AND published_at IS NULL",
                ("t", UnixTime.Now), ("by", actor), ("r", reportId)) > 0
            : _db.Execute("UPDATE reports SET published_at = NULL, published_by = NULL WHERE id = @r AND published_at IS NOT NULL", ("r", reportId)) > 0;
    }
}
