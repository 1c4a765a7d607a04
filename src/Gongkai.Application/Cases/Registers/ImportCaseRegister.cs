using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// Imports a register (登记台账, XLSX or CSV) into one unit's cases: each row read as a case with its steps applied through
/// <see cref="CaseWorkflow"/>, matched with the unit's stored cases by 申请编号 (added, updated when changed, else
/// left), saved with the deadline of <see cref="CaseDue"/>. By default a single bad row stops everything (no partial data).
/// </summary>
public static class ImportCaseRegister
{
    private const int PageSize = 500;

    /// <summary>Imports as <paramref name="options"/> says; failures and row errors are in the result.</summary>
    public static ImportCaseRegisterResult Run(ReportStore store, ImportCaseRegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () => Import(store, options), failure => new ImportCaseRegisterResult { Failure = failure });
    }

    private static ImportCaseRegisterResult Import(ReportStore store, ImportCaseRegisterOptions options)
    {
        if (CaseAccess.WriteRefusal(store, options.UnitId, options.Scope) is { } refusal)
        {
            return Failed(refusal);
        }

        var problems = new List<string>();
        var mapping = RegisterHeaderMap.ParseMapping(options.Mapping, problems);
        if (problems.Count > 0)
        {
            return Failed(new(FailureKind.BadUsage, string.Join(Environment.NewLine, problems)));
        }

        var clock = CaseClockSource.For(store, options.UnitId);
        var read = RegisterReader.Read(options.Content, options.FileName, mapping, options.UnitId, options.User, clock.Settings);
        if (read.Problems.Count > 0)
        {
            return Failed(new(FailureKind.UnusableInput, string.Join(Environment.NewLine, read.Problems)));
        }

        var errors = read.Rows.SelectMany(r => r.Errors).ToList();
        var errorRows = read.Rows.Count(r => r.Case is null);
        if (errorRows > 0 && !options.Partial)
        {
            return new ImportCaseRegisterResult
            {
                ErrorRows = errorRows,
                Errors = errors,
                IgnoredHeaders = read.IgnoredHeaders,
                Failure = new(FailureKind.UnusableInput, $"{options.FileName}：{errorRows} 行有错误，未导入任何申请（改正后重新导入，或用 --partial 只导入正确的行）："),
            };
        }

        var stored = StoredNumbers(store, options.UnitId, options.Scope);
        var today = options.Today ?? CaseToday.Now();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var c in read.Rows.Select(r => r.Case).OfType<RequestCase>())
        {
            if (stored.TryGetValue(c.Number, out var id) && store.Cases.Get(id, options.Scope) is { } existing)
            {
                var changed = c with { Id = existing.Case.Id };
                if (CaseJson.Write(changed) == CaseJson.Write(existing.Case))
                {
                    unchanged++;
                    continue;
                }

                if (!options.DryRun && store.Cases.Update(changed, CaseDue.Of(changed, clock, today), existing.Version, options.User).Outcome != CaseSaveOutcome.Saved)
                {
                    return Failed(CaseAccess.Conflict(c.Number));
                }

                updated++;
                continue;
            }

            var fresh = c with { Id = Guid.NewGuid().ToString("D") };
            if (!options.DryRun && store.Cases.Insert(fresh, CaseDue.Of(fresh, clock, today), options.User).Outcome != CaseSaveOutcome.Saved)
            {
                return Failed(new(FailureKind.Conflict, $"申请 {c.Number} 未能保存：本单位已有此编号的申请（可能正由他人同时登记），请重新导入。"));
            }

            added++;
        }

        return new ImportCaseRegisterResult
        {
            Added = added,
            Updated = updated,
            Unchanged = unchanged,
            ErrorRows = errorRows,
            Errors = errors,
            IgnoredHeaders = read.IgnoredHeaders,
            DryRun = options.DryRun,
        };
    }

    // The unit's stored cases by number.
    private static Dictionary<string, string> StoredNumbers(ReportStore store, string unitId, AccessScope scope)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var batch = store.Cases.List(new CaseQuery { UnitId = unitId, Page = page, PageSize = PageSize }, scope);
            foreach (var c in batch)
            {
                numbers[c.Number] = c.Id;
            }

            if (batch.Count < PageSize)
            {
                return numbers;
            }
        }
    }

    private static ImportCaseRegisterResult Failed(UseCaseFailure failure) => new() { Failure = failure };
}
