namespace Gongkai.Store;

public sealed partial class ReportStore
{
    /// <summary>
    /// The store's change stamp: it grows with every committed change to reports, versions or the unit registry, by any
    /// process (triggers of migration 0008). Read it <em>before</em> the data a cached result is computed from: a change
    /// committed in between then only makes the entry newer than its stamp, never older.
    /// </summary>
    public long ChangeStamp() => _db.Scalar<long>("SELECT stamp FROM store_changes WHERE id = 1");
}
