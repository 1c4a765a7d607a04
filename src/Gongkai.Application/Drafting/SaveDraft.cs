using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Drafts;

namespace Gongkai.Application.Drafting;

/// <summary>
/// Saves what the user typed into a draft, when the draft is still at the revision the user started from: two tabs (or
/// two colleagues) never overwrite each other silently — the second save is refused and told to reload.
/// </summary>
public static class SaveDraft
{
    /// <summary>Saves <see cref="DraftOptions.Input"/> over the draft at <see cref="DraftOptions.Revision"/>.</summary>
    public static DraftResult Run(ReportStore store, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (store.Drafts.Find(options.DraftId, options.Scope) is not { } draft)
        {
            return new DraftResult { Failure = GetDraft.NotFound(options.DraftId) };
        }

        var revision = options.Revision ?? draft.Revision;
        var (report, problems) = DraftReports.Apply(DraftReports.Read(draft), options.Input);
        switch (store.Drafts.Save(draft.Id, revision, DraftReports.Body(report), options.User, options.Scope))
        {
            case DraftSaveOutcome.NotFound:
                return new DraftResult { Failure = GetDraft.NotFound(options.DraftId) };
            case DraftSaveOutcome.Conflict:
                var now = store.Drafts.Find(draft.Id, options.Scope)!;
                return new DraftResult
                {
                    Failure = new(FailureKind.Conflict, $"草稿已被 {now.UpdatedBy} 于 {Local(now.UpdatedAt)} 保存过（第 {now.Revision.ToString(CultureInfo.InvariantCulture)} 版），您的修改未保存，以免覆盖。请重新打开草稿，再做修改。"),
                };
            default:
                var saved = store.Drafts.Find(draft.Id, options.Scope)!;
                return new DraftResult { Draft = DraftReports.View(store, options.Scope, saved, report, problems) };
        }
    }

    private static string Local(DateTimeOffset time) =>
        time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
