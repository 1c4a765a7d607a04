using Gongkai.Store;

namespace Gongkai.Application.Units;

/// <summary>Links a report to a registry unit by hand, and remembers the name printed on the report as the unit's alias.</summary>
public static class LinkReport
{
    /// <summary>Links as <paramref name="options"/> says; an unknown report or unit is a failure in the result.</summary>
    public static LinkResult Run(ReportStore store, LinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return store.Link(options.ReportId, options.UnitCode)
            ? new LinkResult(null)
            : new LinkResult(new UseCaseFailure(FailureKind.BadUsage, $"报告 #{options.ReportId} 或单位“{options.UnitCode}”不存在。"));
    }
}
