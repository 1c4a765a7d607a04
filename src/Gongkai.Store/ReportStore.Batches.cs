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
        return reports.Count == 0 ? [] : _db.InTransaction(() =>
        {
            var saves = new BatchSave[reports.Count];
            for (var i = 0; i < reports.Count; i++)
            {
                saves[i] = SaveInSavepoint(reports[i], makeCurrent);
            }

            return saves;
        });
    }

    private BatchSave SaveInSavepoint(PreparedReport report, bool makeCurrent)
    {
        var transaction = _db.Transaction!;
        transaction.Save(BatchSavepoint);
        try
        {
            var result = SaveInTransaction(report, makeCurrent);
            transaction.Release(BatchSavepoint);
            return new BatchSave(result, null);
        }
        catch (DbException ex) when (!StoreConnection.IsTransient(ex))
        {
            transaction.Rollback(BatchSavepoint);
            transaction.Release(BatchSavepoint);

            // Cells this report added to the catalog were rolled back with it: forget their ids.
            _cells.Reload(_db);
            return new BatchSave(null, ex);
        }
    }

    private const string BatchSavepoint = "gongkai_report";
}
