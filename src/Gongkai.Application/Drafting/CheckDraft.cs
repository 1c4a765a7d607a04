using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>
/// The live check of 在线填报: the draft with the user's input applied and totals computed, checked by the same
/// <see cref="Gongkai.Core.Rules.ReportChecker"/> as <c>gongkai check</c> and import, without saving anything.
/// </summary>
public static class CheckDraft
{
    /// <summary>The findings on the draft <see cref="DraftOptions.DraftId"/> with <see cref="DraftOptions.Input"/> applied.</summary>
    public static DraftResult Run(ReportStore store, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (store.Drafts.Find(options.DraftId, options.Scope) is not { } draft)
        {
            return new DraftResult { Failure = GetDraft.NotFound(options.DraftId) };
        }

        var (report, problems) = DraftReports.Apply(DraftReports.Read(draft), options.Input);
        return new DraftResult { Draft = DraftReports.View(store, options.Scope, draft, report, problems) };
    }
}
