using Gongkai.Store;

namespace Gongkai.Application.Units;

/// <summary>The questions left after an import: the reports that match no registry unit, and the units they resemble.</summary>
/// <remarks>There is nothing to choose, so no options record: every unlinked report is listed.</remarks>
public static class ListUnlinkedReports
{
    /// <summary>The reports of <paramref name="store"/> that match no unit.</summary>
    public static UnlinkedReportsResult Run(ReportStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new UnlinkedReportsResult(store.UnlinkedReports());
    }
}
