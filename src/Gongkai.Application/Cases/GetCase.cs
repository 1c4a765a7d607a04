using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>One case within the caller's scope, with its deadline explained; outside the scope it is not found.</summary>
public static class GetCase
{
    /// <summary>The case <see cref="GetCaseOptions.CaseId"/>.</summary>
    public static CaseResult Run(ReportStore store, GetCaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () =>
        {
            if (CaseLookup.Find(store, options.CaseId, options.Scope, out var notFound) is not { } stored)
            {
                return new CaseResult { Failure = notFound };
            }

            var clock = CaseClockSource.For(store, stored.Case.UnitId);
            return new CaseResult { Case = CaseViews.Build(store, options.Scope, stored, clock, options.Today ?? CaseToday.Now()) };
        }, failure => new CaseResult { Failure = failure });
    }
}
