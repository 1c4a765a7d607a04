using Gongkai.Application.Cases.Deadlines;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Appeals;

/// <summary>Records or updates an administrative reconsideration or lawsuit about a case's answer (table 四, 条例 art. 51).</summary>
public static class RecordAppeal
{
    /// <summary>Records as <paramref name="options"/> says; failures are in the result.</summary>
    public static RecordAppealResult Run(ReportStore store, RecordAppealOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () => Record(store, options), failure => new RecordAppealResult { Failure = failure });
    }

    private static RecordAppealResult Record(ReportStore store, RecordAppealOptions options)
    {
        if (CaseLookup.Find(store, options.CaseId, options.Scope, out var notFound) is not { } stored)
        {
            return Failed(notFound!.Kind, notFound.Message);
        }

        if (!CaseAccess.MayWrite(options.Scope))
        {
            return new RecordAppealResult { Failure = CaseAccess.Forbidden() };
        }

        var problems = new List<string>();
        if (options.Filed < stored.Case.Received)
        {
            problems.Add($"提起日期 {DeadlineInput.Format(options.Filed)} 早于收到申请之日 {DeadlineInput.Format(stored.Case.Received)}。");
        }

        if (options.Result == AppealResult.Pending && options.Decided is not null)
        {
            problems.Add($"结果为“{AppealLabels.Result(AppealResult.Pending)}”时不应填写审结日期。");
        }

        if (options.Result != AppealResult.Pending && options.Decided is null)
        {
            problems.Add($"结果为“{AppealLabels.Result(options.Result)}”时须填写审结日期。");
        }

        if (options.Decided is { } decided && decided < options.Filed)
        {
            problems.Add($"审结日期 {DeadlineInput.Format(decided)} 早于提起日期 {DeadlineInput.Format(options.Filed)}。");
        }

        if (problems.Count > 0)
        {
            return Failed(FailureKind.BadUsage, string.Join("", problems));
        }

        var appeal = new CaseAppeal(options.AppealId ?? Guid.NewGuid().ToString("D"), stored.Case.Id, options.Kind, options.Filed, options.Result, options.Decided);
        if (options.AppealId is null)
        {
            return store.Cases.InsertAppeal(appeal) ? new RecordAppealResult { Appeal = appeal } : Failed(FailureKind.Conflict, "复议或诉讼记录未能保存（编号冲突），请重试。");
        }

        return store.Cases.UpdateAppeal(appeal)
            ? new RecordAppealResult { Appeal = appeal }
            : Failed(FailureKind.NotFound, $"申请 {stored.Case.Number} 没有编号为 {options.AppealId} 的复议或诉讼记录。");
    }

    private static RecordAppealResult Failed(FailureKind kind, string message) => new() { Failure = new(kind, message) };
}
