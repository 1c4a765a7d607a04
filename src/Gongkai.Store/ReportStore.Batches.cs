using System.Data.Common;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;

namespace Gongkai.Store;

public sealed partial class ReportStore
{
    /// <summary>
    /// Stores <paramref name="reports"/> in one transaction (group commit: one commit for many reports, which is what
    /// an import of many files pays for), each report inside its own savepoint, as <see cref="Save"/> would one by one.
    /// A report that violates a constraint or otherwise fails in the database rolls back to its savepoint and is
    /// returned with its error; the others of the batch commit. A transient failure (a concurrent writer, a busy file)
    /// runs the whole batch again, as <see cref="Save"/> does for one report.
    /// </summary>
    /// <returns>One entry per report, in order.</returns>
    public IReadOnlyList<BatchSave> SaveBatch(IReadOnlyList<PreparedReport> reports, bool makeCurrent = false)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return [];
        }

        if (_db.Engine == StoreEngine.Postgres)
        {
            try
            {
                var saved = SaveAll(reports, makeCurrent, new PendingVersionRows());
                _plans.Committed(_db, reports.Count);
                return saved;
            }
            catch (DbException ex) when (!StoreConnection.IsTransient(ex))
            {
                // The rows of some version were refused when the batch wrote them together (a value too large for
                // the column, say): the whole batch rolled back. Stored again with each report's rows in its own
                // savepoint, so that only that report is refused. Cells the batch added to the catalog went with it.
                _cells.Reload(_db);
            }
        }

        return SaveAll(reports, makeCurrent, null);
    }

    // PostgreSQL: the versions' facts, findings and packed cells wait in `pending` and go in one COPY per table at the
    // end of the batch (a report costs its few statements, not three more round trips and COPYs of its own).
    private BatchSave[] SaveAll(IReadOnlyList<PreparedReport> reports, bool makeCurrent, PendingVersionRows? pending) => _db.InTransaction(() =>
    {
        _pending = pending;
        try
        {
            pending?.TruncateTo((0, 0, 0));
            var saves = new BatchSave[reports.Count];
            for (var i = 0; i < reports.Count; i++)
            {
                saves[i] = SaveInSavepoint(reports[i], makeCurrent);
            }

            pending?.Write(_db);
            return saves;
        }
        finally
        {
            _pending = null;
        }
    });

    // Set while a PostgreSQL batch runs (SaveInTransaction holds the rows there instead of writing them).
    private PendingVersionRows? _pending;

    private BatchSave SaveInSavepoint(PreparedReport report, bool makeCurrent)
    {
        _db.Savepoint(BatchSavepoint);
        var mark = _pending?.Mark();
        try
        {
            var result = SaveInTransaction(report, makeCurrent);
            _db.ReleaseSavepoint(BatchSavepoint);
            return new BatchSave(result, null);
        }
        catch (DbException ex) when (!StoreConnection.IsTransient(ex))
        {
            _db.RollbackToSavepoint(BatchSavepoint);
            if (mark is { } rowsBefore)
            {
                _pending!.TruncateTo(rowsBefore);
            }

            // Cells this report added to the catalog were rolled back with it: forget their ids.
            _cells.Reload(_db);
            return new BatchSave(null, ex);
        }
    }

    private const string BatchSavepoint = "gongkai_report";

    private readonly GrowingTablePlans _plans = new();
}
