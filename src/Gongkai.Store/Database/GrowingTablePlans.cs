namespace Gongkai.Store.Database;

/// <summary>Has PostgreSQL plan a session's cached statements again as an import fills the tables (issue #16).</summary>
/// <remarks>
/// The server keeps the plan it made for a prepared statement — ours (Npgsql prepares the statements it sees twice) and
/// the foreign-key checks' own — for the table sizes at that time. In a fresh store those are sequential scans of
/// tables of a few rows, still used when the tables hold thousands: in a 2,000-report import into a new database,
/// `report_versions` and `version_sources` were each read whole about once per report (1.8 million rows each,
/// pg_stat_user_tables), so the server's work per report grew with the store. <c>DISCARD PLANS</c> (outside a
/// transaction, nothing else discarded: the prepared statements stay) each time the reports this connection stored
/// double from 64 has the server plan them again for the sizes then: about a dozen times in a 10,000-report import.
/// </remarks>
internal sealed class GrowingTablePlans
{
    private long _stored;
    private long _nextRefresh = 64;

    /// <summary>Counts <paramref name="reports"/> just committed; re-plans (and says so) when the count has doubled.</summary>
    public bool Committed(StoreConnection db, int reports)
    {
        _stored += reports;
        if (db.Engine != StoreEngine.Postgres || _stored < _nextRefresh)
        {
            return false;
        }

        while (_nextRefresh <= _stored)
        {
            _nextRefresh *= 2;
        }

        db.Execute("DISCARD PLANS");
        return true;
    }
}
