using System.Globalization;
using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>One draft within the caller's scope, checked; outside the scope it is not found, as one that does not exist.</summary>
public static class GetDraft
{
    /// <summary>The draft <see cref="DraftOptions.DraftId"/> as stored.</summary>
    public static DraftResult Run(ReportStore store, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return store.Drafts.Find(options.DraftId, options.Scope) is { } draft
            ? new DraftResult { Draft = DraftReports.View(store, options.Scope, draft, DraftReports.Read(draft)) }
            : new DraftResult { Failure = NotFound(options.DraftId) };
    }

    internal static UseCaseFailure NotFound(long id) =>
        new(FailureKind.NotFound, $"没有找到编号为 {id.ToString(CultureInfo.InvariantCulture)} 的草稿，或您无权查看。");
}
