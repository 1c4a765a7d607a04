using Gongkai.Core.Cases;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>Builds a <see cref="CaseView"/> from a stored case.</summary>
internal static class CaseViews
{
    public static CaseView Build(ReportStore store, AccessScope scope, StoredCase stored, CaseClockContext clock, DateOnly today)
    {
        var c = stored.Case;
        var deadline = CaseDue.Explain(c, clock, today);
        var canWrite = CaseAccess.MayWrite(scope);
        return new CaseView
        {
            Case = c,
            Version = stored.Version,
            UnitName = store.Units().FirstOrDefault(u => u.Code == c.UnitId)?.Name ?? c.UnitId,
            Due = deadline.Due,
            WorkingDaysLeft = deadline.WorkingDaysLeft(today, clock.Calendar),
            Deadline = deadline,
            ReceiptRule = ReceiptRules.Explain(c.Channel),
            Letters = store.Cases.Letters(c.Id, scope),
            Appeals = store.Cases.AppealsOf(c.Id, scope),
            NextSteps = canWrite ? CaseNextSteps.For(c) : [],
            CanWrite = canWrite,
            CreatedBy = stored.CreatedBy,
            UpdatedAt = stored.UpdatedAt,
        };
    }
}
