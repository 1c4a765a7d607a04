using Gongkai.Core.Diagnostics;

namespace Gongkai.Store.Database;

/// <summary>
/// The facts, findings and packed cells of the versions a PostgreSQL batch stores, held until the batch's end and then
/// written with one COPY per table instead of three statements per report (issue #16: an import is bound by round trips).
/// </summary>
/// <remarks>
/// A report rolled back to its savepoint takes its rows back out (<see cref="Mark"/>, <see cref="TruncateTo"/>). The
/// rows are written in the batch's transaction, before its commit, after every version row they refer to.
/// </remarks>
internal sealed class PendingVersionRows
{
    private readonly List<(long VersionId, long CellId, FactRow Fact)> _facts = [];
    private readonly List<(long VersionId, int Seq, Diagnostic Finding)> _findings = [];
    private readonly List<(long VersionId, bool IsSummary, byte[] Packed)> _cells = [];

    public void Add(long versionId, bool isSummary, IReadOnlyList<(long CellId, FactRow Fact)> facts, IReadOnlyList<Diagnostic> findings)
    {
        // A report never prints a cell twice, but a damaged table could: keep the first, as SQLite's ON CONFLICT does.
        foreach (var (cellId, fact) in facts.DistinctBy(f => f.CellId))
        {
            _facts.Add((versionId, cellId, fact));
        }

        for (var i = 0; i < findings.Count; i++)
        {
            _findings.Add((versionId, i, findings[i]));
        }

        _cells.Add((versionId, isSummary, VersionCells.Pack(facts)));
    }

    /// <summary>Where the rows stand now, to take a report's rows back out with <see cref="TruncateTo"/>.</summary>
    public (int Facts, int Findings, int Cells) Mark() => (_facts.Count, _findings.Count, _cells.Count);

    public void TruncateTo((int Facts, int Findings, int Cells) mark)
    {
        _facts.RemoveRange(mark.Facts, _facts.Count - mark.Facts);
        _findings.RemoveRange(mark.Findings, _findings.Count - mark.Findings);
        _cells.RemoveRange(mark.Cells, _cells.Count - mark.Cells);
    }

    /// <summary>Writes every row held (one COPY per table) and forgets them.</summary>
    public void Write(StoreConnection db)
    {
        FactWriter.CopyFacts(db, _facts);
        FactWriter.CopyFindings(db, _findings);
        VersionCells.Insert(db, _cells);
        TruncateTo((0, 0, 0));
    }
}
