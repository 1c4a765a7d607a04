using Gongkai.Application.Cases.Letters;
using Gongkai.Core.Cases;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>
/// Records one step on a case: checked by <see cref="CaseWorkflow.Check"/> (its Chinese reasons refuse it), appended,
/// the deadline recomputed by <see cref="CaseDue"/> and saved over the version the user started from; optionally the
/// letter the step calls for is generated and stored.
/// </summary>
public static class RecordCaseStep
{
    /// <summary>Records as <paramref name="options"/> says; failures are in the result.</summary>
    public static CaseResult Run(ReportStore store, RecordCaseStepOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Step);
        return CaseStoreErrors.Guard(store, () => Record(store, options), failure => new CaseResult { Failure = failure });
    }

    private static CaseResult Record(ReportStore store, RecordCaseStepOptions options)
    {
        if (CaseLookup.Find(store, options.CaseId, options.Scope, out var notFound) is not { } stored)
        {
            return Failed(notFound!);
        }

        if (!CaseAccess.MayWrite(options.Scope))
        {
            return Failed(CaseAccess.Forbidden());
        }

        if (stored.Version != options.ExpectedVersion)
        {
            return Failed(CaseAccess.Conflict(stored.Case.Number));
        }

        var clock = CaseClockSource.For(store, stored.Case.UnitId);
        var reasons = CaseWorkflow.Check(stored.Case, options.Step, clock.Settings);
        if (reasons.Count > 0)
        {
            var what = CaseStepKinds.Label(CaseStepKinds.Of(options.Step));
            return Failed(new(FailureKind.BadUsage, $"申请 {stored.Case.Number} 不能登记“{what}”：" + string.Join("", reasons)));
        }

        var today = options.Today ?? CaseToday.Now();
        var changed = CaseWorkflow.Apply(stored.Case, options.Step, clock.Settings);
        var saved = store.Cases.Update(changed, CaseDue.Of(changed, clock, today), options.ExpectedVersion, options.User);
        switch (saved.Outcome)
        {
            case CaseSaveOutcome.NotFound:
                return Failed(notFound!);
            case CaseSaveOutcome.Conflict:
                return Failed(CaseAccess.Conflict(stored.Case.Number));
        }

        CaseLetter? letter = null;
        UseCaseFailure? letterFailure = null;
        if (options.GenerateLetter && CaseLetterKinds.ForStep(options.Step) is { } kind)
        {
            (letter, letterFailure) = CaseLetterWriting.Write(store, changed, kind, options.LetterValues, options.User, options.Step.Date, today);
        }

        var view = CaseViews.Build(store, options.Scope, store.Cases.Get(changed.Id, options.Scope)!, clock, today);

        // The step is saved even when its letter cannot be made (a broken uploaded template): the failure says so.
        return new CaseResult { Case = view, Letter = letter, Failure = letterFailure };
    }

    private static CaseResult Failed(UseCaseFailure failure) => new() { Failure = failure };
}
